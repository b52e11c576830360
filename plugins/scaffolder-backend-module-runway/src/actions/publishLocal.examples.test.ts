import fs from 'node:fs/promises';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { exampleSteps } from './__testUtils__/exampleSteps';
import { createPublishLocalAction } from './publishLocal';
import { examples } from './publishLocal.examples';

describe('runway:publish:local examples', () => {
  const mockDir = createMockDirectory();
  const outputDir = mockDir.resolve('published');
  const action = createPublishLocalAction({
    config: mockServices.rootConfig({
      data: {
        runway: { scaffolder: { localOutputDir: outputDir } },
        scaffolder: {
          defaultAuthor: { name: 'Runway', email: 'runway@runway.example' },
        },
      },
    }),
  });
  const steps = exampleSteps(examples, action.id);

  it('has at least one example calling the action', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  it.each(steps.map(s => [s.description, s]))(
    'runs "%s" through the handler, producing every output later steps read',
    async (_, step) => {
      mockDir.setContent({
        'workspace/catalog-info.yaml': 'kind: Component\n',
      });
      const ctx = createMockActionContext({
        workspacePath: mockDir.resolve('workspace'),
        input: step.input,
      });
      await action.handler(ctx as any);

      const target = `${outputDir}/${step.input.name}`;
      expect(await fs.readFile(`${target}/catalog-info.yaml`, 'utf8')).toBe(
        'kind: Component\n',
      );
      expect(step.outputsReadLater).toEqual(['catalogInfoUrl']);
      expect(ctx.output).toHaveBeenCalledWith(
        'catalogInfoUrl',
        `file://${target}/catalog-info.yaml`,
      );
    },
  );
});
