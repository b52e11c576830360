import { Sourced, MeasurementState } from '@runway/runway-common';

/** Severity ladder shared by every scanner; `unknown` when a scanner gives none. @public */
export const SEVERITIES = [
  'critical',
  'high',
  'medium',
  'low',
  'unknown',
] as const;
/** @public */
export type Severity = (typeof SEVERITIES)[number];

/** What kind of scan produced a finding. @public */
export const FINDING_SOURCES = [
  'container',
  'dependency',
  'sast',
  'dast',
  'iac',
] as const;
/** @public */
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** @public */
export const FINDING_STATUSES = ['open', 'fixed', 'suppressed'] as const;
/** @public */
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** @public */
export interface Suppression {
  reason: string;
  /** ISO timestamp; after it the finding counts as open again. */
  expiresAt: string;
  by: string;
}

/**
 * One finding, whatever scanner reported it (ECR, Inspector, Security Hub, Trivy, SARIF tools).
 *
 * @public
 */
export interface Finding {
  /** Stable fingerprint: the same problem in the same place keeps its id across scans. */
  id: string;
  entityRef: string;
  source: FindingSource;
  /** e.g. `ecr`, `inspector`, `securityhub:Checkov`, `trivy`, `sarif:Semgrep`. */
  scanner: string;
  severity: Severity;
  title: string;
  /** CVE / GHSA id when the finding is a known vulnerability. */
  vulnerabilityId?: string;
  /** Rule id for SAST/DAST/IaC findings. */
  ruleId?: string;
  packageName?: string;
  installedVersion?: string;
  fixedVersion?: string;
  /** Image digest, file path (with line) or URL. */
  target: string;
  /** Advisory link (CVE page, rule help). */
  url?: string;
  firstSeen: string;
  lastSeen: string;
  fixedAt?: string;
  status: FindingStatus;
  suppression?: Suppression;
}

/** @public */
export type SeverityCounts = Record<Severity, number>;

/**
 * Where a service stands with its scanners, so "never scanned" and "the scan failed" are
 * never drawn as "clean": `never` (no stream ever answered), `failed` (the latest attempt
 * failed; `lastSuccessAt` says whether any earlier one worked), `ok` (scanned at `at`).
 *
 * @public
 */
export type ScanState = MeasurementState;

/**
 * `unknown`: no scan ever succeeded, so zero findings says nothing. A failed refresh after
 * an earlier success keeps gating on the findings stored then (served as stale).
 *
 * @public
 */
export type GateState = 'passed' | 'failed' | 'unknown';

/** @public */
export interface GateResult {
  /**
   * Always set by the security backend. Optional only so answers (and fixtures) from
   * before it existed still type-check; read a missing one as `passed ? 'passed' : 'failed'`.
   */
  state?: GateState;
  /** `state === 'passed'`; kept for older readers. */
  passed: boolean;
  maxCritical: number;
  maxHigh?: number;
  /** Why the gate failed, in words. */
  reason?: string;
}

/** Open counts (suppressed and fixed excluded) and the gate, per entity. @public */
export interface SecuritySummary {
  entityRef: string;
  open: SeverityCounts;
  bySource: Record<FindingSource, number>;
  gate: GateResult;
  /** Weighted open count used to sort services by risk. */
  riskScore: number;
  /** When findings for this entity were last refreshed or ingested; absent when never. */
  lastScannedAt?: string;
  /**
   * Never scanned, last scan failed, or scanned. Always set by the security backend;
   * optional only for answers from before it existed (read a missing one as unknown).
   */
  scan?: ScanState;
}

/** @public */
export interface TrendPoint {
  /** YYYY-MM-DD */
  date: string;
  critical: number;
  high: number;
  medium: number;
  low: number;
}

/** @public */
export interface EntitySecurity {
  summary: SecuritySummary;
  findings: Finding[];
  trend: TrendPoint[];
}

/** @public */
export type EntitySecurityResponse = Sourced<EntitySecurity>;
/** @public */
export type SecuritySummariesResponse = Sourced<{ items: SecuritySummary[] }>;

/** Answer to a report upload. @public */
export interface IngestResult {
  reportId: string;
  entityRef: string;
  format: 'trivy' | 'sarif' | 'zap';
  /** False when the same report was posted before and nothing changed. */
  created: boolean;
  findings: number;
}

/** Weights that turn open counts into one risk number. @public */
export const RISK_WEIGHTS: Record<Severity, number> = {
  critical: 100,
  high: 20,
  medium: 4,
  low: 1,
  unknown: 0,
};
