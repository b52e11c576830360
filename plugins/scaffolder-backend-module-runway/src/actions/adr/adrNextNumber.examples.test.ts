import { mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { exampleSteps } from '../__testUtils__/exampleSteps';
import { createAdrNextNumberAction } from './adrNextNumber';
import { examples } from './adrNextNumber.examples';

// What catalog:fetch outputs for a service with two records.
const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders-api',
    annotations: {
      'backstage.io/adr-location': './docs/adr',
      'backstage.io/managed-by-location':
        'url:https://github.com/acme/shop/blob/main/services/orders/catalog-info.yaml',
      'github.com/project-slug': 'acme/shop',
    },
  },
};

describe('runway:adr:next-number examples', () => {
  const urlReader = mockServices.urlReader.mock();
  urlReader.readTree.mockResolvedValue({
    files: async () =>
      ['0001-record-architecture-decisions.md', '0002-store-data.md'].map(
        p => ({ path: p, content: async () => Buffer.from('') }),
      ),
  } as any);
  const action = createAdrNextNumberAction({ urlReader });
  const steps = exampleSteps(examples, action.id, {
    'steps.entity.output.entity': entity,
    'parameters.title': 'Use PostgreSQL on RDS',
  });

  it('has at least one example calling the action', () => {
    expect(steps.length).toBeGreaterThan(0);
  });

  it.each(steps.map(s => [s.description, s]))(
    'runs "%s" through the handler',
    async (_, step) => {
      const ctx = createMockActionContext({ input: step.input });
      await action.handler(ctx as any);

      expect(urlReader.readTree).toHaveBeenCalledWith(
        'https://github.com/acme/shop/blob/main/services/orders/docs/adr',
      );
      expect(ctx.output).toHaveBeenCalledWith('number', '0003');
      expect(ctx.output).toHaveBeenCalledWith(
        'fileName',
        '0003-use-postgresql-on-rds.md',
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'adrPath',
        'services/orders/docs/adr',
      );
      expect(ctx.output).toHaveBeenCalledWith(
        'repoUrl',
        'github.com?owner=acme&repo=shop',
      );
    },
  );
});
