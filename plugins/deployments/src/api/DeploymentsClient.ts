import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { DeploymentsApi } from '@runway/plugin-deployments-react';
import {
  DeployHistoryResponse,
  DeploymentsBatchResponse,
  DeploymentsOverviewResponse,
  SyncResult,
} from '@runway/plugin-deployments-common';

const DEFAULT_WINDOW_DAYS = 30;

/** Talks to `/api/deployments`. @public */
export class DeploymentsClient implements DeploymentsApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('deployments', deps);
  }

  getOverview(entityRef: string, options?: { windowDays?: number }) {
    return this.backend.get<DeploymentsOverviewResponse>('/overview', {
      entityRef,
      windowDays: options?.windowDays ?? DEFAULT_WINDOW_DAYS,
    });
  }

  getDeployHistory(entityRef: string) {
    return this.backend.get<DeployHistoryResponse>('/history', { entityRef });
  }

  getSummaries(entityRefs: string[], options?: { windowDays?: number }) {
    return this.backend.post<DeploymentsBatchResponse>('/batch', {
      entityRefs,
      windowDays: options?.windowDays ?? DEFAULT_WINDOW_DAYS,
    });
  }

  sync(entityRef: string, environment: string) {
    return this.backend.post<SyncResult>('/sync', { entityRef, environment });
  }

  rollback(entityRef: string, environment: string, historyId: number) {
    return this.backend.post<SyncResult>('/rollback', {
      entityRef,
      environment,
      historyId,
    });
  }
}
