import {
  IncidentLogEntry,
  OncallIncident,
  OnCallNow,
} from '@runway/plugin-oncall-common';

/** Incidents and on-call: PagerDuty's REST API v2 or the demo world. */
export interface IncidentSource {
  readonly name: string;
  readonly kind: 'demo' | 'live';
  /** Incidents of all these services since `since`: one list call (paged), whatever the count. */
  listIncidents(serviceIds: string[], since: Date): Promise<OncallIncident[]>;
  /** The log of one incident (the entity view asks for its open incidents only). */
  logEntries(incidentId: string): Promise<IncidentLogEntry[]>;
  /** Who is on call now for the service's escalation policy; null when it has none. */
  onCall(serviceId: string): Promise<OnCallNow | null>;
  /** Service ids of Events API integration keys (`pagerduty.com/integration-key`). */
  serviceIdsOfIntegrationKeys(keys: string[]): Promise<Map<string, string>>;
}
