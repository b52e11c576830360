import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  OncallAlertDetailResponse,
  OncallAlertsResponse,
  RunbookListResponse,
} from '@runway/plugin-oncall-common';
import { OncallApi } from './OncallApi';

/** Talks to `/api/oncall` through discoveryApi + fetchApi (which adds the user's token). @public */
export class OncallClient implements OncallApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  listAlerts(filter: { owners?: string[]; entityRef?: string } = {}) {
    const query = new URLSearchParams();
    filter.owners?.forEach(o => query.append('owner', o));
    if (filter.entityRef) query.set('entityRef', filter.entityRef);
    return this.get<OncallAlertsResponse>(`/alerts?${query}`);
  }

  getAlert(id: string) {
    return this.get<OncallAlertDetailResponse>(
      `/alerts/${encodeURIComponent(id)}`,
    );
  }

  listRunbooks(entityRef: string) {
    return this.get<RunbookListResponse>(
      `/runbooks?${new URLSearchParams({ entityRef })}`,
    );
  }

  private async get<T>(path: string): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('oncall');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`);
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
