import {
  createDemoQuality,
  DemoWorld,
  DemoWorldConfig,
  demoWorldFromConfig,
  memoForWorld,
  prepareDemoWorld,
} from '@runway/demo-node';
import { createHash } from 'crypto';
import { QualityKind } from '../ingest/types';
import { StoredReport } from '../service/ReportStore';

/**
 * One demo service's CI runs as stored reports, as if each had posted its Clover, Infection,
 * PHPStan, Psalm and k6 reports. Ids come from the world, so every replica answers the same
 * ids for the same world.
 */
export function demoServiceReports(
  world: DemoWorld,
  serviceName: string,
): StoredReport[] {
  const out: StoredReport[] = [];
  const entityRef = `component:default/${serviceName}`;
  for (const run of createDemoQuality(world, serviceName)) {
    const add = (
      kind: StoredReport['kind'],
      format: string,
      measuredAt: string,
      figures: Record<string, unknown>,
    ) =>
      out.push({
        id: createHash('sha256')
          .update(JSON.stringify(['demo', entityRef, kind, run.commit]))
          .digest('hex'),
        entityRef,
        kind,
        format,
        measuredAt,
        receivedAt: measuredAt,
        artifact: run.artifact,
        commit: run.commit,
        figures,
        demo: true,
      });
    if (run.coverage) {
      const { statements, covered } = run.coverage;
      add('coverage', 'clover', run.coverage.measuredAt, {
        linePct: Math.round((covered / statements) * 10_000) / 100,
        coveredLines: covered,
        totalLines: statements,
      });
    }
    if (run.mutation) {
      const { msi, coveredMsi, killed, escaped } = run.mutation;
      add('mutation', 'infection', run.mutation.measuredAt, {
        msi,
        coveredMsi,
        killed,
        escaped,
      });
    }
    if (run.phpstan) {
      add('phpstan', 'phpstan', run.phpstan.measuredAt, {
        errors: run.phpstan.errors + run.phpstan.fileErrors,
      });
    }
    if (run.psalm) {
      add('psalm', 'psalm', run.psalm.measuredAt, {
        errors: run.psalm.errors,
      });
    }
    if (run.loadTest) {
      const { p95Ms, errorRate, rps, sloThresholdMs } = run.loadTest;
      add('loadTest', 'k6', run.loadTest.measuredAt, {
        p95Ms,
        errorRate,
        rps,
        sloThresholdMs,
      });
    }
  }
  return out;
}

/** The demo world's reports, as the store would give them. */
export interface DemoReportSet {
  /** Every demo report of one entity and kind, oldest first; empty outside the world. */
  reports(entityRef: string, kind: QualityKind): StoredReport[];
}

/**
 * Demo mode's reports, computed from the demo world on read instead of written to the
 * database at start-up: each service's are built on first use and kept while the world stays
 * the same (`demoWorldFromConfig`: one world per hour, so they follow the deployments
 * family's CI runs as the world moves on).
 */
export class DemoReports implements DemoReportSet {
  constructor(
    private readonly config: DemoWorldConfig,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Builds the current world's reports of every service ahead of the first read (and the
   * series other families build from the same world, see `prepareDemoWorld`), yielding
   * between services.
   */
  async prepare(signal?: AbortSignal): Promise<void> {
    const world = demoWorldFromConfig(this.config, this.clock());
    await prepareDemoWorld(world, {
      signal,
      each: service =>
        this.reportsOf(world, `component:default/${service.name}`),
    });
  }

  reports(entityRef: string, kind: QualityKind): StoredReport[] {
    const world = demoWorldFromConfig(this.config, this.clock());
    return this.reportsOf(world, entityRef).get(kind) ?? [];
  }

  private reportsOf(
    world: DemoWorld,
    entityRef: string,
  ): Map<QualityKind, StoredReport[]> {
    const names = memoForWorld(
      world,
      'quality:refs',
      () =>
        new Map(
          world.services.map(s => [`component:default/${s.name}`, s.name]),
        ),
    );
    const name = names.get(entityRef);
    if (!name) return new Map();
    return memoForWorld(world, `quality:reports:${name}`, () => {
      const grouped = new Map<QualityKind, StoredReport[]>();
      for (const report of demoServiceReports(world, name)) {
        const list = grouped.get(report.kind) ?? [];
        list.push(report);
        grouped.set(report.kind, list);
      }
      for (const list of grouped.values()) list.sort(byAge);
      return grouped;
    });
  }
}

/**
 * Oldest first, as the store orders reports: by measurement time, then the time it was
 * received, then the id (two reports of one instant: the later-received, then the larger
 * id, is the latest).
 */
export function byAge(a: StoredReport, b: StoredReport): number {
  return (
    compare(a.measuredAt, b.measuredAt) ||
    compare(a.receivedAt, b.receivedAt) ||
    compare(a.id, b.id)
  );
}

function compare(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
