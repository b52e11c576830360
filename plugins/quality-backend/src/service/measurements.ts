import {
  CoverageMeasurement,
  LoadTestMeasurement,
  MutationMeasurement,
  QualityHistory,
  QualitySummary,
  StaticAnalysisMeasurement,
} from '@runway/plugin-quality-common';
import { QualityKind } from '../ingest/types';
import { StoredReport } from './ReportStore';

type Measurement = QualityHistory[QualityKind][number];

/** A stored report as the API shows it: its figures plus where they came from. */
export function toMeasurement(report: StoredReport): Measurement {
  const provenance = {
    measuredAt: report.measuredAt,
    reportId: report.id,
    ...(report.artifact ? { artifact: report.artifact } : {}),
    ...(report.commit ? { commit: report.commit } : {}),
  };
  const f = report.figures as any;
  switch (report.kind) {
    case 'coverage':
      return { ...provenance, ...f } as CoverageMeasurement;
    case 'mutation':
      return { ...provenance, ...f } as MutationMeasurement;
    case 'phpstan':
    case 'psalm':
      return {
        ...provenance,
        tool: report.kind,
        errors: f.errors,
      } as StaticAnalysisMeasurement;
    case 'loadTest': {
      const threshold: number | null = f.sloThresholdMs ?? null;
      return {
        ...provenance,
        p95Ms: f.p95Ms,
        errorRate: f.errorRate,
        rps: f.rps,
        sloThresholdMs: threshold,
        withinSlo: threshold === null ? null : f.p95Ms <= threshold,
        ...(f.sloThresholdError
          ? { sloThresholdError: f.sloThresholdError }
          : {}),
      } as LoadTestMeasurement;
    }
    default:
      throw new Error(`unknown quality kind ${report.kind}`);
  }
}

/** The latest report of each kind, or null for a kind never ingested. */
export function toSummary(
  entityRef: string,
  latest: Map<QualityKind, StoredReport> | undefined,
): QualitySummary {
  const pick = <K extends QualityKind>(kind: K) => {
    const report = latest?.get(kind);
    return (report ? toMeasurement(report) : null) as
      | QualityHistory[K][number]
      | null;
  };
  const times = [...(latest?.values() ?? [])].map(r => r.measuredAt).sort();
  return {
    entityRef,
    coverage: pick('coverage'),
    mutation: pick('mutation'),
    phpstan: pick('phpstan'),
    psalm: pick('psalm'),
    loadTest: pick('loadTest'),
    state: times.length
      ? { state: 'ok', at: times[times.length - 1] }
      : { state: 'never' },
  };
}
