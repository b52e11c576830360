import { SourceInfo } from '@runway/runway-common';

/** The families the scorecard reads. @public */
export const FAMILIES = [
  'deployments',
  'slo',
  'security',
  'cost',
  'quality',
  'compliance',
  'flags',
] as const;
/** @public */
export type Family = (typeof FAMILIES)[number];

/** The scorecard's columns, in display order. @public */
export const METRICS = [
  'availability',
  'latencyP95',
  'errorBudget',
  'deployFrequency',
  'leadTime',
  'changeFailureRate',
  'timeToRestore',
  'rollbackTime',
  'criticalVulns',
  'monthlyCost',
  'costPerRequest',
  'testCoverage',
  'loadTestP95',
  'compliance',
  'backupRpo',
  'staleFlags',
] as const;
/** @public */
export type MetricId = (typeof METRICS)[number];

/** Which family feeds each column: a failed family blanks exactly these. @public */
export const METRIC_FAMILY: Record<MetricId, Family> = {
  availability: 'slo',
  latencyP95: 'slo',
  errorBudget: 'slo',
  deployFrequency: 'deployments',
  leadTime: 'deployments',
  changeFailureRate: 'deployments',
  timeToRestore: 'deployments',
  rollbackTime: 'deployments',
  criticalVulns: 'security',
  monthlyCost: 'cost',
  costPerRequest: 'cost',
  testCoverage: 'quality',
  loadTestP95: 'quality',
  compliance: 'compliance',
  backupRpo: 'compliance',
  staleFlags: 'flags',
};

/** `none`: nothing to judge (no data, or the family failed). @public */
export type CellStatus = 'green' | 'amber' | 'red' | 'none';
/** Direction of the metric relative to its goal, where the family gives a trend. @public */
export type Trend = 'improving' | 'worsening' | 'steady';

/** One cell of the table. @public */
export interface Cell {
  value: number | null;
  status: CellStatus;
  trend: Trend | null;
  /** Why there is no value (family down, no SLO, forbidden...), safe to show. */
  note?: string;
  /** What would fix a cell that is not green, when its family says (a failing control). */
  action?: CellAction;
}

/** A mitigation a family names for one cell, with the page that explains it. @public */
export interface CellAction {
  title: string;
  url?: string;
}

/** The targets every cell is judged against (config `scorecard.targets`). @public */
export interface Targets {
  /** Percent, e.g. 99.9. */
  availability: number;
  /** Milliseconds. */
  latencyP95Ms: number;
  /** Fraction of the error budget left below which a cell turns amber (red at 0). */
  errorBudgetLeft: number;
  /** Prod deploys per day. */
  deploysPerDay: number;
  leadTimeHours: number;
  /** 0..1 */
  changeFailureRate: number;
  timeToRestoreMinutes: number;
  rollbackMinutes: number;
  criticalVulns: number;
  /** Month-over-month growth (0.1 = +10 %) above which monthly cost turns amber. */
  monthlyCostGrowth: number;
  /** USD per request. */
  costPerRequestUsd: number;
  /** Line coverage percent, e.g. 90. */
  testCoveragePct: number;
  /** Load test p95 over the service's latency SLO threshold: 1 = p95 at the threshold. */
  loadTestP95SloRatio: number;
  /** Passed / applicable controls, 0..1. */
  complianceScore: number;
  /** Minutes since the latest completed backup. */
  backupRpoMinutes: number;
  /** Stale feature flags left in a service. */
  staleFlags: number;
}

/**
 * How a family's read went for this page. `off`: the family answered NotConfiguredError
 * (live mode without its upstream); its columns are left out and `error` is the family's own
 * message naming the keys to set. `absent`: this backend does not serve the family at all
 * (its batch route answered 404); its columns stay, grey, so the page keeps its shape.
 * `failed`: `error` is the family's own message when it gave one. @public
 */
export interface FamilyState {
  family: Family;
  status: 'ok' | 'stale' | 'failed' | 'off' | 'absent';
  source?: SourceInfo;
  error?: string;
}

/** Families whose columns are shown: every family but those that are off. @public */
export function shownFamilies(families: Record<Family, FamilyState>): Family[] {
  return FAMILIES.filter(f => families[f]?.status !== 'off');
}

/** @public */
export type Cells = Record<MetricId, Cell>;

/** @public */
export interface ServiceRow {
  entityRef: string;
  name: string;
  title?: string;
  owner: string;
  system?: string;
  cells: Cells;
}

/** A team or a system: its services' figures combined, and how many cells are in each colour. @public */
export interface RollupRow {
  ref: string;
  services: number;
  cells: Cells;
  counts: Record<Exclude<CellStatus, 'none'>, number>;
}

/** @public */
export interface Scorecard {
  generatedAt: string;
  targets: Targets;
  families: Record<Family, FamilyState>;
  services: ServiceRow[];
  teams: RollupRow[];
  systems: RollupRow[];
}

/** GET /api/scorecard/scorecard @public */
export interface ScorecardResponse {
  source: SourceInfo;
  data: Scorecard;
}
