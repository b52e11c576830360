import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { QualityKind } from '../ingest/types';

const migrationsDir = resolvePackagePath(
  '@runway/plugin-quality-backend',
  'migrations',
);
const TABLE = 'quality_reports';
const CHUNK = 500;

/** One stored report: its figures and where they came from. */
export interface StoredReport {
  id: string;
  entityRef: string;
  kind: QualityKind;
  format: string;
  measuredAt: string;
  receivedAt: string;
  artifact?: string;
  commit?: string;
  figures: Record<string, unknown>;
  demo: boolean;
}

interface Row {
  id: string;
  entity_ref: string;
  kind: string;
  format: string;
  measured_at: string;
  received_at: string;
  artifact: string | null;
  commit: string | null;
  figures: string;
  demo: boolean | number;
}

const toRow = (r: StoredReport): Row => ({
  id: r.id,
  entity_ref: r.entityRef,
  kind: r.kind,
  format: r.format,
  measured_at: r.measuredAt,
  received_at: r.receivedAt,
  artifact: r.artifact ?? null,
  commit: r.commit ?? null,
  figures: JSON.stringify(r.figures),
  demo: r.demo,
});

const fromRow = (r: Row): StoredReport => ({
  id: r.id,
  entityRef: r.entity_ref,
  kind: r.kind as QualityKind,
  format: r.format,
  measuredAt: r.measured_at,
  receivedAt: r.received_at,
  ...(r.artifact ? { artifact: r.artifact } : {}),
  ...(r.commit ? { commit: r.commit } : {}),
  figures: JSON.parse(r.figures),
  // SQLite answers 0/1.
  demo: Boolean(r.demo),
});

/** Every quality report, kept as history; the latest of each kind is the summary. */
export class ReportStore {
  static async create(database: DatabaseService): Promise<ReportStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new ReportStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  /** Stores a report; false when a report with its id was stored before. */
  async add(report: StoredReport): Promise<boolean> {
    const inserted = await this.knex(TABLE)
      .insert(toRow(report))
      .onConflict('id')
      .ignore()
      .returning('id');
    return inserted.length > 0;
  }

  async report(id: string): Promise<StoredReport | undefined> {
    const row = await this.knex<Row>(TABLE).where({ id }).first();
    return row ? fromRow(row) : undefined;
  }

  /**
   * The latest report of each kind per entity. One grouped query per chunk of refs, so a
   * scorecard batch of a thousand services costs two queries, not five thousand.
   */
  async latest(
    entityRefs: string[],
  ): Promise<Map<string, Map<QualityKind, StoredReport>>> {
    const out = new Map<string, Map<QualityKind, StoredReport>>();
    for (let i = 0; i < entityRefs.length; i += CHUNK) {
      const refs = entityRefs.slice(i, i + CHUNK);
      const newest = this.knex(TABLE)
        .select('entity_ref', 'kind')
        .max({ at: 'measured_at' })
        .whereIn('entity_ref', refs)
        .groupBy('entity_ref', 'kind')
        .as('newest');
      const rows: Row[] = await this.knex(`${TABLE} as r`)
        .join(newest, function on() {
          this.on('r.entity_ref', '=', 'newest.entity_ref')
            .andOn('r.kind', '=', 'newest.kind')
            .andOn('r.measured_at', '=', 'newest.at');
        })
        .select('r.*')
        // Two reports of one instant: the later-received wins, then the id, so every
        // replica answers the same.
        .orderBy([
          { column: 'r.received_at', order: 'asc' },
          { column: 'r.id', order: 'asc' },
        ]);
      for (const row of rows) {
        const report = fromRow(row);
        const byKind = out.get(report.entityRef) ?? new Map();
        byKind.set(report.kind, report);
        out.set(report.entityRef, byKind);
      }
    }
    return out;
  }

  /** The latest `limit` reports of one kind, oldest first. */
  async history(
    entityRef: string,
    kind: QualityKind,
    limit: number,
  ): Promise<StoredReport[]> {
    const rows: Row[] = await this.knex(TABLE)
      .where({ entity_ref: entityRef, kind })
      .orderBy([
        { column: 'measured_at', order: 'desc' },
        { column: 'received_at', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(fromRow).reverse();
  }

  /**
   * Deletes the rows an earlier version seeded from the demo world (demo reports are now
   * computed on read, see `withDemoReports`); posted reports stay.
   */
  async removeDemo(): Promise<number> {
    return this.knex(TABLE).where({ demo: true }).delete();
  }
}
