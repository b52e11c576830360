import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { sloApiRef, SloApi } from './api/SloApi';
import { entitySloCard, sloPlugin } from './plugin';
import { demoSource, items } from './__testUtils__/testData';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-api', namespace: 'default' },
};

describe('slo plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:slo/slo-api',
      'entity-content:slo/slos',
      'entity-card:slo/slo',
      'page:slo/slo',
    ]) {
      expect(() => sloPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('draws the SLO card from the API on components only', async () => {
    const getBatch = jest.fn(async () => ({
      source: demoSource,
      data: { items: [items[0]] },
    }));
    const api = { getBatch } as Partial<SloApi> as SloApi;
    const tester = createExtensionTester(entitySloCard, {
      apis: [[sloApiRef, api]],
    });

    const applies = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(applies(component)).toBe(true);
    expect(applies({ ...component, kind: 'Group' })).toBe(false);

    await renderInTestApp(
      <EntityProvider entity={component}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[sloApiRef, api]] },
    );
    expect(await screen.findByTestId('card-budget')).toHaveTextContent(
      '-20.0 % budget left (worst of 2 SLOs)',
    );
    expect(getBatch).toHaveBeenCalledWith(['component:default/checkout-api']);
  });
});
