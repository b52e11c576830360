import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DeployHistoryResponse,
  DeploymentsBatchResponse,
  DeploymentsOverviewResponse,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { DeploymentsApi } from './DeploymentsApi';

/**
 * Talks to `/api/deployments` through discoveryApi + fetchApi (which adds the user's token).
 *
 * @public
 */
export class DeploymentsClient implements DeploymentsApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getOverview(entityRef: string, options?: { windowDays?: number }) {
    const query = new URLSearchParams({
      entityRef,
      windowDays: String(options?.windowDays ?? 30),
    });
    return this.call<DeploymentsOverviewResponse>(`/overview?${query}`);
  }

  getDeployHistory(entityRef: string) {
    return this.call<DeployHistoryResponse>(
      `/history?${new URLSearchParams({ entityRef })}`,
    );
  }

  getSummaries(entityRefs: string[], options?: { windowDays?: number }) {
    return this.call<DeploymentsBatchResponse>('/batch', {
      entityRefs,
      windowDays: options?.windowDays ?? 30,
    });
  }

  sync(entityRef: string, environment: string) {
    return this.call<SyncResult>('/sync', { entityRef, environment });
  }

  rollback(entityRef: string, environment: string, historyId: number) {
    return this.call<SyncResult>('/rollback', {
      entityRef,
      environment,
      historyId,
    });
  }

  private async call<T>(path: string, body?: object): Promise<T> {
    const base = await this.deps.discoveryApi.getBaseUrl('deployments');
    const response = await this.deps.fetchApi.fetch(
      `${base}${path}`,
      body
        ? {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }
        : undefined,
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    return (await response.json()) as T;
  }
}
