import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import {
  ComplianceEntityResponse,
  ComplianceSummariesResponse,
  TeamComplianceResponse,
} from '@runway/plugin-compliance-common';
import { ComplianceApi } from './ComplianceApi';

/** Talks to `/api/compliance`. @public */
export class ComplianceClient implements ComplianceApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('compliance', deps);
  }

  getEntity(entityRef: string) {
    return this.backend.get<ComplianceEntityResponse>('/entity', { entityRef });
  }

  getTeam(teamRef: string) {
    return this.backend.get<TeamComplianceResponse>('/team', { team: teamRef });
  }

  getBatch(entityRefs: string[]) {
    return this.backend.post<ComplianceSummariesResponse>('/batch', {
      entityRefs,
    });
  }
}
