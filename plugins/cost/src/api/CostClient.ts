import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import {
  BatchCostResponse,
  EntityCostResponse,
  TeamCostResponse,
} from '@runway/plugin-cost-common';
import { CostApi } from './CostApi';

/** Talks to `/api/cost`. @public */
export class CostClient implements CostApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('cost', deps);
  }

  getEntityCost(entityRef: string) {
    return this.backend.get<EntityCostResponse>('/entity', { entityRef });
  }

  getTeamCost(teamRef: string) {
    return this.backend.get<TeamCostResponse>('/team', { teamRef });
  }

  getBatch(entityRefs: string[]) {
    return this.backend.post<BatchCostResponse>('/batch', { entityRefs });
  }
}
