import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntitySlosResponse,
  SloBatchResponse,
} from '@runway/plugin-slo-common';
import { SloApi } from './SloApi';

/** Talks to `/api/slo` through Backstage's fetch (which adds the user's token). @public */
export class SloClient implements SloApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getEntitySlos(entityRef: string): Promise<EntitySlosResponse> {
    return this.request(`/entity?entityRef=${encodeURIComponent(entityRef)}`);
  }

  getBatch(entityRefs: string[]): Promise<SloBatchResponse> {
    return this.request('/batch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ entityRefs }),
    });
  }

  getAll(): Promise<SloBatchResponse> {
    return this.request('/all');
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('slo');
    const res = await this.deps.fetchApi.fetch(`${base}${path}`, init);
    if (!res.ok) throw await ResponseError.fromResponse(res);
    return res.json();
  }
}
