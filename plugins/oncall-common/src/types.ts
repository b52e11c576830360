import { Sourced } from '@runway/runway-common';

/** Where a service keeps its runbooks: a folder of `<alertname>.md`. @public */
export const RUNBOOKS_LOCATION_ANNOTATION = 'runway.dev/runbooks-location';

/** @public */
export type AlertSeverity =
  | 'page'
  | 'critical'
  | 'ticket'
  | 'warning'
  | 'info'
  | 'none';

/** A firing or pending alert, matched to the catalog entity it is about. @public */
export interface OncallAlert {
  /** Stable id of the alert (a hash of its labels), used in URLs. */
  id: string;
  alertname: string;
  state: 'firing' | 'pending';
  severity: AlertSeverity;
  /** When the alert became active. */
  since?: string;
  /** The `sloth_service` or `service` label. */
  service?: string;
  /** The catalog entity the service label matched, if any. */
  entityRef?: string;
  /** The entity's owner, for the "my teams" filter. */
  owner?: string;
  summary?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** @public */
export type OncallAlertsResponse = Sourced<{ alerts: OncallAlert[] }>;

/** A runbook, found and sanitized, or the place it was looked for. @public */
export type RunbookResult =
  | { status: 'found'; url: string; markdown: string }
  /** `runbook_url` points somewhere we cannot read (a wiki page): the UI links to it. */
  | { status: 'external'; url: string; reason: string }
  | { status: 'missing'; lookedFor?: string; reason: string };

/** One runbook file of a service. @public */
export interface RunbookFile {
  /** `<alertname>` without `.md`. */
  name: string;
  url: string;
  title: string;
  markdown: string;
}

/** @public */
export interface RunbookListResponse {
  entityRef: string;
  /** The folder the runbooks were read from. */
  location?: string;
  runbooks: RunbookFile[];
  error?: string;
}

/** `POST /api/oncall/runbooks/batch`: every asked entity's runbooks, in the order asked. @public */
export type RunbookBatchResponse = Sourced<{ items: RunbookListResponse[] }>;

/** The burn rate of one SLO of the alert's service, now. @public */
export interface BurnRateNow {
  slo: string;
  burnRate: number | null;
}

/** Everything the alert page draws. @public */
export type OncallAlertDetailResponse = Sourced<{
  alert: OncallAlert;
  runbook: RunbookResult;
  burnRates: BurnRateNow[];
  burnRateError?: string;
}>;

/** Counts per entity, for the scorecard. @public */
export type OncallBatchResponse = Sourced<{
  items: Array<{ entityRef: string; firing: number; paging: number }>;
}>;

/** Severity order for sorting: pages first. @public */
export const SEVERITY_RANK: Record<AlertSeverity, number> = {
  page: 0,
  critical: 0,
  ticket: 1,
  warning: 1,
  info: 2,
  none: 3,
};

/** The PagerDuty service of an entity, as PagerDuty's own Backstage plugin reads it. @public */
export const PAGERDUTY_SERVICE_ID_ANNOTATION = 'pagerduty.com/service-id';
/** Alternative mapping: the service's Events API integration key. @public */
export const PAGERDUTY_INTEGRATION_KEY_ANNOTATION =
  'pagerduty.com/integration-key';

/** @public */
export interface IncidentLogEntry {
  at: string;
  /** PagerDuty's log entry type, e.g. `trigger_log_entry`. */
  type: string;
  summary: string;
}

/** A PagerDuty incident of one service. @public */
export interface OncallIncident {
  id: string;
  number?: number;
  title: string;
  status: 'triggered' | 'acknowledged' | 'resolved';
  urgency: 'high' | 'low';
  serviceId: string;
  entityRef?: string;
  triggeredAt: string;
  /** Absent while the incident is open. */
  resolvedAt?: string;
  assignees: string[];
  url?: string;
  /** Only on the entity view, for its open incidents. */
  log?: IncidentLogEntry[];
}

/** Who answers a page now, level by level of the service's escalation policy. @public */
export interface OnCallNow {
  escalationPolicy: { id: string; name: string; url?: string };
  people: Array<{
    level: number;
    name: string;
    url?: string;
    schedule?: string;
    /** When this shift ends; absent for a permanent assignment. */
    until?: string;
  }>;
}

/**
 * Incidents and on-call of one entity. `serviceId: null` means the entity carries no
 * PagerDuty annotation: no data, not "no incidents".
 *
 * @public
 */
export type EntityIncidentsResponse = Sourced<{
  entityRef: string;
  serviceId: string | null;
  incidents: OncallIncident[];
  onCall: OnCallNow | null;
  /** Why on-call or log entries are missing while incidents are shown. */
  error?: string;
}>;

/** Incidents of many entities from one upstream list call, for DORA. @public */
export type IncidentsBatchResponse = Sourced<{
  since: string;
  items: Array<{
    entityRef: string;
    /** False when the entity has no PagerDuty annotation (no data). */
    mapped: boolean;
    incidents: OncallIncident[];
  }>;
}>;
