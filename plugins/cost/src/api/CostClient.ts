import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  BatchCostResponse,
  EntityCostResponse,
  TeamCostResponse,
} from '@runway/plugin-cost-common';
import { CostApi } from './CostApi';

/** Talks to `/api/cost` through Backstage's fetch (which adds the user's token). @public */
export class CostClient implements CostApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getEntityCost(entityRef: string): Promise<EntityCostResponse> {
    return this.get(`/entity?entityRef=${encodeURIComponent(entityRef)}`);
  }

  getTeamCost(teamRef: string): Promise<TeamCostResponse> {
    return this.get(`/team?teamRef=${encodeURIComponent(teamRef)}`);
  }

  async getBatch(entityRefs: string[]): Promise<BatchCostResponse> {
    return this.request('/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entityRefs }),
    });
  }

  private get<T>(path: string): Promise<T> {
    return this.request(path);
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('cost');
    const res = await this.deps.fetchApi.fetch(`${base}${path}`, init);
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return res.json();
  }
}
