import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  clientFromApiExtension,
  missingExtensions,
  kindsAccepted,
} from '@runway/runway-react/testing';
import { complianceApiRef } from './api/ComplianceApi';
import {
  complianceApi,
  compliancePlugin,
  entityComplianceContent,
  teamComplianceContent,
} from './plugin';
import { teamResponse } from './__testUtils__/testData';

describe('compliance plugin extensions', () => {
  it('names every extension', () => {
    expect(
      missingExtensions(compliancePlugin, [
        'api:compliance/compliance-api',
        'entity-content:compliance/compliance',
        'entity-content:compliance/team-compliance',
        'entity-card:compliance/compliance',
      ]),
    ).toEqual([]);
  });

  it('builds the client from discovery and fetch; the team route takes ?team=', async () => {
    const { client, fetch } = clientFromApiExtension(
      complianceApi,
      complianceApiRef,
      teamResponse,
    );
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
    const filter = EntityContentBlueprint.dataRefs.filterFunction;
    expect(kindsAccepted(service.get(filter)!)).toEqual(['Component']);
    expect(kindsAccepted(team.get(filter)!)).toEqual(['Group']);
  });
});
