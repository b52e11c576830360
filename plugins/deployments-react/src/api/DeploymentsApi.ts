import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  DeployHistoryResponse,
  DeploymentsBatchResponse,
  DeploymentsOverviewResponse,
  SyncResult,
} from '@runway/plugin-deployments-common';

/**
 * The Deployments backend as the browser sees it. Other families use it too: the SLO
 * family draws `getDeployHistory` as deploy markers on its charts.
 *
 * @public
 */
export interface DeploymentsApi {
  /** Environments, rollouts, history, latest CI run and DORA of one entity. */
  getOverview(
    entityRef: string,
    options?: { windowDays?: number },
  ): Promise<DeploymentsOverviewResponse>;
  /** Every environment's deploys of one entity, oldest first (cheap: no per-entity upstream calls). */
  getDeployHistory(entityRef: string): Promise<DeployHistoryResponse>;
  /** Prod status, last deploy and DORA of many entities at once (up to 1000). */
  getSummaries(
    entityRefs: string[],
    options?: { windowDays?: number },
  ): Promise<DeploymentsBatchResponse>;
  sync(entityRef: string, environment: string): Promise<SyncResult>;
  rollback(
    entityRef: string,
    environment: string,
    historyId: number,
  ): Promise<SyncResult>;
}

/** @public */
export const deploymentsApiRef = createApiRef<DeploymentsApi>({
  id: 'plugin.deployments.service',
});
