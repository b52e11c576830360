import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import {
  EntityIncidentsResponse,
  OncallAlertDetailResponse,
  OncallAlertsResponse,
  RunbookListResponse,
} from '@runway/plugin-oncall-common';
import { OncallApi } from './OncallApi';

/** Talks to `/api/oncall`. @public */
export class OncallClient implements OncallApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('oncall', deps);
  }

  listAlerts(filter: { owners?: string[]; entityRef?: string } = {}) {
    return this.backend.get<OncallAlertsResponse>('/alerts', {
      owner: filter.owners,
      entityRef: filter.entityRef || undefined,
    });
  }

  getAlert(id: string) {
    return this.backend.get<OncallAlertDetailResponse>(
      `/alerts/${encodeURIComponent(id)}`,
    );
  }

  listRunbooks(entityRef: string) {
    return this.backend.get<RunbookListResponse>('/runbooks', { entityRef });
  }

  getIncidents(entityRef: string) {
    return this.backend.get<EntityIncidentsResponse>('/incidents', {
      entityRef,
    });
  }
}
