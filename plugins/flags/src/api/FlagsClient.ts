import {
  EntityFlagsResponse,
  FlagsSummariesResponse,
  TeamFlagsResponse,
} from '@runway/plugin-flags-common';
import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { FlagsApi } from './FlagsApi';

/** Talks to `/api/flags`. @public */
export class FlagsClient implements FlagsApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('flags', deps);
  }

  getEntity(entityRef: string) {
    return this.backend.get<EntityFlagsResponse>('/entity', { entityRef });
  }

  getSummaries(entityRefs: string[]) {
    return this.backend.post<FlagsSummariesResponse>('/batch', { entityRefs });
  }

  getTeam(team: string) {
    return this.backend.get<TeamFlagsResponse>('/team', { team });
  }
}
