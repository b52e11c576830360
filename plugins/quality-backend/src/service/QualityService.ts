import { Entity } from '@backstage/catalog-model';
import {
  EntityQualityResponse,
  QUALITY_HISTORY_LIMIT,
  QualityHistory,
  QualityIngestResult,
  QualityReportFormat,
  QualitySummariesResponse,
} from '@runway/plugin-quality-common';
import { DataSourceKind, SourceInfo } from '@runway/runway-common';
import { createHash } from 'crypto';
import { parseReport } from '../ingest/parseReport';
import { QUALITY_KINDS as KINDS } from '../ingest/types';
import { toMeasurement, toSummary } from './measurements';
import { Reports } from './Reports';
import { StoredReport } from './ReportStore';
import { SloThreshold } from './SloThresholdReader';

export interface QualityServiceOptions {
  store: Reports;
  /** `demo` when the reports include the demo world's. */
  kind: DataSourceKind;
  thresholds: { read(entity: Entity): Promise<SloThreshold> };
  clock?: () => Date;
}

/** Ingests CI reports and answers each service's latest figures and their history. */
export class QualityService {
  private readonly clock: () => Date;

  constructor(private readonly options: QualityServiceOptions) {
    this.clock = options.clock ?? (() => new Date());
  }

  private source(): SourceInfo {
    const demo = this.options.kind === 'demo';
    return {
      kind: this.options.kind,
      name: demo ? 'demo' : 'ci-reports',
      stale: false,
      fetchedAt: this.clock().toISOString(),
    };
  }

  async summaries(entityRefs: string[]): Promise<QualitySummariesResponse> {
    const latest = await this.options.store.latest(entityRefs);
    return {
      source: this.source(),
      data: { items: entityRefs.map(ref => toSummary(ref, latest.get(ref))) },
    };
  }

  async entity(entityRef: string): Promise<EntityQualityResponse> {
    const { store } = this.options;
    const [latest, ...histories] = await Promise.all([
      store.latest([entityRef]),
      ...KINDS.map(kind =>
        store.history(entityRef, kind, QUALITY_HISTORY_LIMIT),
      ),
    ]);
    const history = Object.fromEntries(
      KINDS.map((kind, i) => [kind, histories[i].map(toMeasurement)]),
    ) as unknown as QualityHistory;
    return {
      source: this.source(),
      data: { summary: toSummary(entityRef, latest.get(entityRef)), history },
    };
  }

  /**
   * Parses, validates and stores one report. Everything is checked before anything is
   * written; the same report posted again (same entity, format, artifact, commit and
   * bytes) is recognised by its id and stores nothing.
   */
  async ingest(
    entity: Entity,
    entityRef: string,
    format: QualityReportFormat,
    body: Buffer,
    context: { artifact?: string; commit?: string },
  ): Promise<QualityIngestResult> {
    const parsed = parseReport(format, body);
    const id = createHash('sha256')
      .update(
        JSON.stringify([entityRef, format, context.artifact, context.commit]),
      )
      .update('\n')
      .update(body)
      .digest('hex');
    const before = await this.options.store.report(id);
    if (before) {
      return {
        reportId: id,
        entityRef,
        format,
        created: false,
        measurement: toMeasurement(before),
      };
    }
    let figures: Record<string, unknown> = parsed.figures;
    if (parsed.kind === 'loadTest') {
      const threshold = await this.options.thresholds.read(entity);
      figures = {
        ...figures,
        sloThresholdMs: threshold.thresholdMs,
        ...(threshold.thresholdMs === null
          ? { sloThresholdError: threshold.error }
          : {}),
      };
    }
    const now = this.clock().toISOString();
    const report: StoredReport = {
      id,
      entityRef,
      kind: parsed.kind,
      format,
      measuredAt: now,
      receivedAt: now,
      ...context,
      figures,
      demo: false,
    };
    const created = await this.options.store.add(report);
    return {
      reportId: id,
      entityRef,
      format,
      created,
      measurement: toMeasurement(report),
    };
  }
}
