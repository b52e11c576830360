import { QUALITY_KINDS, QualityKind } from '../ingest/types';
import { DemoReportSet, byAge } from '../sources/demoReports';
import { StoredReport } from './ReportStore';

/** What the quality service reads and writes: the stored reports (ReportStore), or those plus the demo world's. */
export interface Reports {
  /** Stores a posted report; false when a report with its id was stored before. */
  add(report: StoredReport): Promise<boolean>;
  report(id: string): Promise<StoredReport | undefined>;
  /** The latest report of each kind per entity. */
  latest(
    entityRefs: string[],
  ): Promise<Map<string, Map<QualityKind, StoredReport>>>;
  /** The latest `limit` reports of one kind, oldest first. */
  history(
    entityRef: string,
    kind: QualityKind,
    limit: number,
  ): Promise<StoredReport[]>;
}

/**
 * Demo mode: the posted reports in `store`, and the demo world's as if CI had posted them
 * too, answered exactly as one table holding both would (the latest is the newest
 * measurement, then the later-received, then the larger id). Posted reports go to the store;
 * the demo world's are computed on read, never written.
 */
export function withDemoReports(store: Reports, demo: DemoReportSet): Reports {
  return {
    add: report => store.add(report),
    // A posted report's id hashes its body; a demo report's id never does, so no posted id
    // can name a demo report.
    report: id => store.report(id),
    async latest(entityRefs) {
      const latest = await store.latest(entityRefs);
      for (const entityRef of new Set(entityRefs)) {
        for (const kind of QUALITY_KINDS) {
          const reports = demo.reports(entityRef, kind);
          if (!reports.length) continue;
          const newest = reports[reports.length - 1];
          const byKind = latest.get(entityRef) ?? new Map();
          const posted = byKind.get(kind);
          if (!posted || byAge(posted, newest) < 0) byKind.set(kind, newest);
          latest.set(entityRef, byKind);
        }
      }
      return latest;
    },
    async history(entityRef, kind, limit) {
      const posted = await store.history(entityRef, kind, limit);
      const reports = demo.reports(entityRef, kind);
      if (!reports.length) return posted;
      return [...posted, ...reports.slice(-limit)].sort(byAge).slice(-limit);
    },
  };
}
