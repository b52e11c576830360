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
