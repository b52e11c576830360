import { Entity } from '@backstage/catalog-model';
import {
  ApiBlueprint,
  coreExtensionData,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { complianceApiRef, ComplianceApi } from './api/ComplianceApi';
import {
  complianceApi,
  compliancePlugin,
  entityComplianceContent,
  teamComplianceContent,
} from './plugin';
import { teamResponse } from './__testUtils__/testData';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'catalog-api', namespace: 'default' },
};
const group: Entity = { ...component, kind: 'Group' };

describe('compliance plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:compliance/compliance-api',
      'entity-content:compliance/compliance',
      'entity-content:compliance/team-compliance',
      'entity-card:compliance/compliance',
    ]) {
      expect(() => compliancePlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('builds the client from discovery and fetch; the team route takes ?team=', async () => {
    const factory = createExtensionTester(complianceApi).get(
      ApiBlueprint.dataRefs.factory,
    );
    expect(factory.api).toBe(complianceApiRef);
    expect(factory.deps).toEqual({
      discoveryApi: discoveryApiRef,
      fetchApi: fetchApiRef,
    });
    const fetch = jest.fn(async () => Response.json(teamResponse));
    const client = factory.factory({
      discoveryApi: {
        getBaseUrl: async (id: string) => `http://backend.test/api/${id}`,
      },
      fetchApi: { fetch },
    }) as ComplianceApi;
    await expect(client.getTeam('group:default/team-catalog')).resolves.toEqual(
      teamResponse,
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://backend.test/api/compliance/team?team=group%3Adefault%2Fteam-catalog',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('puts the service tab on components and the team tab on groups', () => {
    const service = createExtensionTester(entityComplianceContent);
    const team = createExtensionTester(teamComplianceContent);
    expect(service.get(coreExtensionData.routePath)).toBe('compliance');
    const onService = service.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    const onTeam = team.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect([onService(component), onService(group)]).toEqual([true, false]);
    expect([onTeam(component), onTeam(group)]).toEqual([false, true]);
  });
});
