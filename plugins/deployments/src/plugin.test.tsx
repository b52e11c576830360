import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { deploymentsEntityCard, deploymentsPlugin } from './plugin';
import { entity, fakeApi, overview } from './__testUtils__/testData';

describe('deployments plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:deployments/deployments-api',
      'entity-content:deployments/deployments',
      'entity-card:deployments/deployments',
    ]) {
      expect(() => deploymentsPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('puts the card on ArgoCD-annotated components and draws prod from the API', async () => {
    const { source, data } = overview();
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source,
        data: {
          items: [
            {
              entityRef: data.entityRef,
              prod: data.environments[2],
              lastDeploy: data.history[1],
              dora: data.dora,
            },
          ],
          dora: data.dora,
          errors: [],
        },
      })),
    });
    const tester = createExtensionTester(deploymentsEntityCard, {
      apis: [[deploymentsApiRef, api]],
    });
    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(applies(entity)).toBe(true);
    expect(applies({ ...entity, metadata: { name: 'plain' } })).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
      { apis: [[deploymentsApiRef, api]] },
    );
    expect(await screen.findByText('Progressing')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith([
      'component:default/checkout-api',
    ]);
  });
});
