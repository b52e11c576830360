import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import {
  EntitySecurityResponse,
  SecuritySummariesResponse,
} from '@runway/plugin-security-common';
import { SecurityApi } from './SecurityApi';

const suppressionPath = (findingId: string) =>
  `/findings/${encodeURIComponent(findingId)}/suppression`;

/** Talks to `/api/security`. @public */
export class SecurityClient implements SecurityApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('security', deps);
  }

  getEntity(entityRef: string) {
    return this.backend.get<EntitySecurityResponse>('/entity', { entityRef });
  }

  getSummaries(entityRefs: string[]) {
    return this.backend.post<SecuritySummariesResponse>('/batch', {
      entityRefs,
    });
  }

  getOverview() {
    return this.backend.get<SecuritySummariesResponse>('/overview');
  }

  suppress(
    findingId: string,
    suppression: { reason: string; expiresAt: string },
  ) {
    return this.backend.put<void>(suppressionPath(findingId), suppression);
  }

  unsuppress(findingId: string) {
    return this.backend.delete(suppressionPath(findingId));
  }
}
