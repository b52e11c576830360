import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { AdrListResponse } from '@runway/plugin-adr-common';
import { AdrApi } from './AdrApi';

/** Talks to `/api/adr` through discoveryApi + fetchApi. @public */
export class AdrClient implements AdrApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async listAdrs(entityRef: string): Promise<AdrListResponse> {
    const base = await this.deps.discoveryApi.getBaseUrl('adr');
    const response = await this.deps.fetchApi.fetch(
      `${base}/adrs?${new URLSearchParams({ entityRef })}`,
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as AdrListResponse;
  }
}
