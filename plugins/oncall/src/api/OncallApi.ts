import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  EntityIncidentsResponse,
  OncallAlertDetailResponse,
  OncallAlertsResponse,
  RunbookListResponse,
} from '@runway/plugin-oncall-common';

/** The on-call backend as the browser sees it. @public */
export interface OncallApi {
  /** What fires now; all services, or only those owned by the given group refs / entities. */
  listAlerts(filter?: {
    owners?: string[];
    entityRef?: string;
  }): Promise<OncallAlertsResponse>;
  getAlert(id: string): Promise<OncallAlertDetailResponse>;
  listRunbooks(entityRef: string): Promise<RunbookListResponse>;
  /** PagerDuty incidents and who is on call now for the entity's service. */
  getIncidents(entityRef: string): Promise<EntityIncidentsResponse>;
}

/** @public */
export const oncallApiRef = createApiRef<OncallApi>({
  id: 'plugin.oncall.service',
});
