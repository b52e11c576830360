import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  coreExtensionData,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { costApiRef, CostApi } from './api/CostApi';
import {
  costApi,
  costPlugin,
  entityCostContent,
  teamCostContent,
} from './plugin';
import { entityCost } from './__testUtils__/testData';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'search-api', namespace: 'default' },
};
const group: Entity = { ...component, kind: 'Group' };

describe('cost plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:cost/cost-api',
      'entity-content:cost/cost',
      'entity-content:cost/team-cost',
      'entity-card:cost/cost',
    ]) {
      expect(() => costPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('builds the client from discovery and fetch', async () => {
    const factory = createExtensionTester(costApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(costApiRef);
    expect(factory.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });
    const fetch = jest.fn(async () => Response.json(entityCost));
    const client = factory.factory({
      discoveryApi: {
        getBaseUrl: async (id: string) => `http://backend.test/api/${id}`,
      },
      fetchApi: { fetch },
    }) as CostApi;
    await expect(client.getEntityCost('component:default/a')).resolves.toEqual(
      entityCost,
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://backend.test/api/cost/entity?entityRef=component%3Adefault%2Fa',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('puts the service tab on components and the team tab on groups', () => {
    const service = createExtensionTester(entityCostContent);
    const team = createExtensionTester(teamCostContent);
    expect(service.get(coreExtensionData.routePath)).toBe('cost');
    const onService = service.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    const onTeam = team.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect([onService(component), onService(group)]).toEqual([true, false]);
    expect([onTeam(component), onTeam(group)]).toEqual([false, true]);
  });

  it('draws the service tab from the API', async () => {
    const getEntityCost = jest.fn(async () => entityCost);
    const api = { getEntityCost } as Partial<CostApi> as CostApi;
    const tester = createExtensionTester(entityCostContent, {
      apis: [[costApiRef, api]],
    });
    await renderInTestApp(
      <EntityProvider entity={component}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[costApiRef, api]] },
    );
    expect(await screen.findByTestId('cost-mtd')).toHaveTextContent('$23,457');
    expect(getEntityCost).toHaveBeenCalledWith('component:default/search-api');
  });
});
