import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import {
  clientFromApiExtension,
  missingExtensions,
  kindsAccepted,
  testEntities,
} from '@runway/runway-react/testing';
import { costApiRef, CostApi } from './api/CostApi';
import {
  costApi,
  costPlugin,
  entityCostContent,
  teamCostContent,
} from './plugin';
import { entityCost } from './__testUtils__/testData';

describe('cost plugin extensions', () => {
  it('names every extension', () => {
    expect(
      missingExtensions(costPlugin, [
        'api:cost/cost-api',
        'entity-content:cost/cost',
        'entity-content:cost/team-cost',
        'entity-card:cost/cost',
      ]),
    ).toEqual([]);
  });

  it('builds the client from discovery and fetch', async () => {
    const { client, fetch } = clientFromApiExtension(
      costApi,
      costApiRef,
      entityCost,
    );
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
    const filter = EntityContentBlueprint.dataRefs.filterFunction;
    expect(kindsAccepted(service.get(filter)!)).toEqual(['Component']);
    expect(kindsAccepted(team.get(filter)!)).toEqual(['Group']);
  });

  it('draws the service tab from the API', async () => {
    const getEntityCost = jest.fn(async () => entityCost);
    const api = { getEntityCost } as Partial<CostApi> as CostApi;
    const tester = createExtensionTester(entityCostContent, {
      apis: [[costApiRef, api]],
    });
    await renderInTestApp(
      <EntityProvider entity={testEntities.component}>
        {tester.reactElement()}
      </EntityProvider>,
      { apis: [[costApiRef, api]] },
    );
    expect(await screen.findByTestId('cost-mtd')).toHaveTextContent('$23,457');
    expect(getEntityCost).toHaveBeenCalledWith(
      'component:default/checkout-api',
    );
  });
});
