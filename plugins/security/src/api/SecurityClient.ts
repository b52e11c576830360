import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  EntitySecurityResponse,
  SecuritySummariesResponse,
} from '@runway/plugin-security-common';
import { SecurityApi } from './SecurityApi';

/**
 * Talks to `/api/security` through discoveryApi + fetchApi (which adds the user's token).
 *
 * @public
 */
export class SecurityClient implements SecurityApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getEntity(entityRef: string) {
    return this.call<EntitySecurityResponse>(
      `/entity?${new URLSearchParams({ entityRef })}`,
    );
  }

  getSummaries(entityRefs: string[]) {
    return this.call<SecuritySummariesResponse>('/batch', {
      method: 'POST',
      body: { entityRefs },
    });
  }

  getOverview() {
    return this.call<SecuritySummariesResponse>('/overview');
  }

  async suppress(
    findingId: string,
    suppression: { reason: string; expiresAt: string },
  ) {
    await this.call(`/findings/${encodeURIComponent(findingId)}/suppression`, {
      method: 'PUT',
      body: suppression,
    });
  }

  async unsuppress(findingId: string) {
    await this.call(`/findings/${encodeURIComponent(findingId)}/suppression`, {
      method: 'DELETE',
    });
  }

  private async call<T>(
    path: string,
    options?: { method: string; body?: object },
  ): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('security');
    const response = await this.deps.fetchApi.fetch(`${base}${path}`, {
      method: options?.method ?? 'GET',
      ...(options?.body
        ? {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(options.body),
          }
        : {}),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}
