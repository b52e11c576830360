import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import {
  deploymentsEntityCard,
  deploymentsEntityContent,
  deploymentsPlugin,
} from './plugin';
import { entity, fakeApi } from './__testUtils__/testData';

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

  it('puts the card only on ArgoCD-annotated components', () => {
    const applies = createExtensionTester(deploymentsEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    )!;
    expect(applies(entity)).toBe(true);
    expect(applies({ ...entity, metadata: { name: 'plain' } })).toBe(false);
  });

  it('draws the Deployments tab from the API', async () => {
    const api = fakeApi();
    const tester = createExtensionTester(deploymentsEntityContent, {
      apis: [[deploymentsApiRef, api]],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('deployments');
    await renderInTestApp(
      <EntityProvider entity={entity}>{tester.reactElement()}</EntityProvider>,
      { apis: [[deploymentsApiRef, api]] },
    );
    expect(await screen.findByTestId('environment-prod')).toBeInTheDocument();
    expect(api.getOverview).toHaveBeenCalledWith(
      'component:default/checkout-api',
    );
  });
});
