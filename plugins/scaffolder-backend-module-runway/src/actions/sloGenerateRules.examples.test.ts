import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { slothSpecSchema } from '@runway/plugin-slo-node';
import { exampleSteps } from './__testUtils__/exampleSteps';
import { createSloGenerateRulesAction } from './sloGenerateRules';
import { examples } from './sloGenerateRules.examples';
import { ordersApiAvailability } from '../slo/__testUtils__/ordersApiSlo';

const spec = {
  version: 'prometheus/v1',
  service: 'orders-api',
  slos: [ordersApiAvailability({})],
};

describe('runway:slo:generate-rules examples', () => {
  const mockDir = createMockDirectory();
  const action = createSloGenerateRulesAction();
  const steps = exampleSteps(examples, action.id);

  it('has at least one example calling the action', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  it.each(steps.map(s => [s.description, s]))(
    'runs "%s" through the handler',
    async (_, step) => {
      const input = step.input as { specPath: string; outputPath: string };
      mockDir.setContent({
        [`workspace/${input.specPath}`]: stringifyYaml(spec),
      });
      const ctx = createMockActionContext({
        workspacePath: mockDir.resolve('workspace'),
        input: step.input,
      });
      await action.handler(ctx as any);

      const rule = parseYaml(
        await fs.readFile(
          path.join(mockDir.resolve('workspace'), input.outputPath),
          'utf8',
        ),
      );
      expect(rule.kind).toBe('PrometheusRule');
      expect(rule.metadata.name).toBe(step.input.ruleName);
      // 8 SLI windows + 7 metadata rules + the page and the ticket alert
      expect(ctx.output).toHaveBeenCalledWith('ruleCount', 17);
      expect(ctx.output).toHaveBeenCalledWith('alertNames', [
        'OrdersApiHighErrorRate',
      ]);
      expect(ctx.output).toHaveBeenCalledWith('pluginSlos', []);
      // The spec the example reads is one the SLO backend reads too.
      expect(slothSpecSchema.safeParse(spec).success).toBe(true);
    },
  );
});
