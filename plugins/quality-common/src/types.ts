import type { MeasurementState, Sourced } from '@runway/runway-common';

/** Report formats the quality ingest accepts (`POST /api/quality/reports?format=`). @public */
export const QUALITY_REPORT_FORMATS = [
  'clover',
  'infection',
  'phpstan',
  'psalm',
  'k6',
] as const;

/** @public */
export type QualityReportFormat = (typeof QUALITY_REPORT_FORMATS)[number];

/** Where a measurement came from: the report, its CI artifact and commit. @public */
export interface QualityProvenance {
  measuredAt: string;
  reportId: string;
  artifact?: string;
  commit?: string;
}

/** @public */
export interface CoverageMeasurement extends QualityProvenance {
  /** Covered / total statements (Clover `metrics`), 0..100. */
  linePct: number;
  coveredLines: number;
  totalLines: number;
}

/** @public */
export interface MutationMeasurement extends QualityProvenance {
  /** Mutation score indicator, 0..100 (Infection `stats.msi`). */
  msi: number;
  coveredMsi: number | null;
  killed: number;
  escaped: number;
}

/** @public */
export interface StaticAnalysisMeasurement extends QualityProvenance {
  tool: 'phpstan' | 'psalm';
  errors: number;
}

/** @public */
export interface LoadTestMeasurement extends QualityProvenance {
  /** `http_req_duration` p(95) in ms, from k6's summary JSON. */
  p95Ms: number;
  /** `http_req_failed` rate, 0..1. */
  errorRate: number;
  /** `http_reqs` rate per second. */
  rps: number;
  /** The service's latency SLO threshold in ms, when it has one; null otherwise. */
  sloThresholdMs: number | null;
  /** p95 ≤ threshold; null when there is no threshold to judge against. */
  withinSlo: boolean | null;
  /** Why there is no threshold (no SLO spec, no latency SLO, spec unreadable), safe to show. */
  sloThresholdError?: string;
}

/**
 * One service's latest quality figures. Each measurement is null when no report of that
 * kind was ever ingested for the service: never measured is not zero.
 *
 * @public
 */
export interface QualitySummary {
  entityRef: string;
  coverage: CoverageMeasurement | null;
  mutation: MutationMeasurement | null;
  phpstan: StaticAnalysisMeasurement | null;
  psalm: StaticAnalysisMeasurement | null;
  loadTest: LoadTestMeasurement | null;
  /** `never` when nothing was ever ingested; `ok` at the latest report. */
  state: MeasurementState;
}

/** @public */
export type QualitySummariesResponse = Sourced<{ items: QualitySummary[] }>;

/** Every report of each kind, oldest first (the latest {@link QUALITY_HISTORY_LIMIT}). @public */
export interface QualityHistory {
  coverage: CoverageMeasurement[];
  mutation: MutationMeasurement[];
  phpstan: StaticAnalysisMeasurement[];
  psalm: StaticAnalysisMeasurement[];
  loadTest: LoadTestMeasurement[];
}

/** How many reports of each kind the entity endpoint returns. @public */
export const QUALITY_HISTORY_LIMIT = 50;

/** @public */
export interface EntityQuality {
  summary: QualitySummary;
  history: QualityHistory;
}

/** `GET /api/quality/entity?entityRef=` @public */
export type EntityQualityResponse = Sourced<EntityQuality>;

/** Answer to `POST /api/quality/reports`. @public */
export interface QualityIngestResult {
  reportId: string;
  entityRef: string;
  format: QualityReportFormat;
  /** False when the same report was posted before and nothing changed. */
  created: boolean;
  measurement:
    | CoverageMeasurement
    | MutationMeasurement
    | StaticAnalysisMeasurement
    | LoadTestMeasurement;
}
