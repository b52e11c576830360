import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  Finding,
  FindingSource,
  IngestResult,
  Severity,
} from '@runway/plugin-security-common';
import { createHash } from 'crypto';
import { Knex } from 'knex';
import { ScannedFinding } from './types';

const migrationsDir = resolvePackagePath(
  '@runway/plugin-security-backend',
  'migrations',
);

interface FindingRow {
  id: string;
  entity_ref: string;
  origin: string;
  source: string;
  scanner: string;
  severity: string;
  title: string;
  vulnerability_id: string | null;
  rule_id: string | null;
  package_name: string | null;
  installed_version: string | null;
  fixed_version: string | null;
  target: string;
  url: string | null;
  first_seen: string;
  last_seen: string;
  fixed_at: string | null;
  suppressed_reason: string | null;
  suppressed_until: string | null;
  suppressed_by: string | null;
}

/** Stored finding plus the stream it came from; status is derived at read time. */
export type StoredFinding = Omit<Finding, 'status'> & { origin: string };

export interface ScanStatus {
  entityRef: string;
  origin: string;
  lastSuccessAt?: string;
  lastAttemptAt: string;
  error?: string;
}

/** A service's latest scheduled scan attempt (table `security_service_scans`). */
export interface ServiceScanRecord {
  entityRef: string;
  lastAttemptAt: string;
  /** Set when a stream failed on the latest attempt. */
  lastError?: string;
  /** Latest attempt on which every stream answered. */
  lastSuccessAt?: string;
}

export interface ReportRecord {
  id: string;
  entityRef: string;
  format: IngestResult['format'];
  scanner: string;
  receivedAt: string;
  findingCount: number;
}

/**
 * A finding read from an uploaded report. `identity`, when given, is what tells this
 * finding apart from its neighbours in the same stream (column, package, partial
 * fingerprints, run): rule + file + line alone merges distinct findings.
 * `suppressedInSource` is the scanner's own suppression (a `nosemgrep` comment).
 */
export type ReportFinding = ScannedFinding & {
  identity?: string[];
  suppressedInSource?: string;
};

/**
 * An in-source suppression lasts as long as the report says so: it is stored with this
 * expiry (never reachable through the API, which caps owners at a year) so a later report
 * without the suppression can tell it apart from an owner's and lift it.
 */
export const IN_SOURCE_SUPPRESSION_UNTIL = '9999-12-31T23:59:59.999Z';

/** What one report did to its streams, counted after findings sharing an id merged. */
export interface ReplaceOutcome {
  stored: number;
  /** Stored and not open before in the stream (first seen, or back after a fix). */
  new: number;
  /** Open before in the stream and gone from it now. */
  fixed: number;
  /** Stored and suppressed in source by the report. */
  suppressed: number;
}

/**
 * The same problem in the same place keeps its id across scans: an image CVE is keyed by
 * CVE and package (not digest, so a rebuild does not reset "first seen"), a code finding
 * by rule and location.
 */
export function fingerprint(
  entityRef: string,
  origin: string,
  f: ReportFinding,
): string {
  const defaultWhat =
    f.source === 'container' || f.source === 'dependency'
      ? [f.vulnerabilityId ?? f.ruleId ?? f.title, f.packageName ?? '']
      : [f.ruleId ?? f.vulnerabilityId ?? f.title, f.target];
  const what = f.identity ?? defaultWhat;
  return createHash('sha256')
    .update(JSON.stringify([entityRef, origin, f.source, ...what]))
    .digest('hex');
}

const CHUNK = 500;

/** One stream of a report: one scanner and artifact, and the stream it replaces (`legacyOrigin`). */
type ReportStream = {
  origin: string;
  findings: ReportFinding[];
  legacyOrigin?: string;
};

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK)
    out.push(items.slice(i, i + CHUNK));
  return out;
}

function toFinding(r: FindingRow): StoredFinding {
  const opt = (v: string | null) => v ?? undefined;
  return {
    id: r.id,
    entityRef: r.entity_ref,
    origin: r.origin,
    source: r.source as FindingSource,
    scanner: r.scanner,
    severity: r.severity as Severity,
    title: r.title,
    vulnerabilityId: opt(r.vulnerability_id),
    ruleId: opt(r.rule_id),
    packageName: opt(r.package_name),
    installedVersion: opt(r.installed_version),
    fixedVersion: opt(r.fixed_version),
    target: r.target,
    url: opt(r.url),
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    fixedAt: opt(r.fixed_at),
    suppression:
      r.suppressed_reason && r.suppressed_until
        ? {
            reason: r.suppressed_reason,
            expiresAt: r.suppressed_until,
            by: r.suppressed_by ?? 'unknown',
          }
        : undefined,
  };
}

const WRITES = [
  'replaceOrigin',
  'setSuppression',
  'recordScan',
  'recordServiceScan',
  'ingestReport',
  'ingestReportStreams',
] as const;

/** Findings, scan status and received reports in the plugin's own database. */
export class FindingStore {
  static async create(database: DatabaseService): Promise<FindingStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new FindingStore(knex);
  }

  private writes = 0;

  constructor(private readonly knex: Knex) {
    // Every write, finished or failed, changes `version`: answers cached under an older
    // version are not served again (the router's response cache keys by it).
    for (const method of WRITES) {
      const write = this[method].bind(this) as (
        ...a: unknown[]
      ) => Promise<any>;
      (this as any)[method] = (...args: unknown[]) =>
        write(...args).finally(() => {
          this.writes++;
        });
    }
  }

  /** Grows with every write made through this store. */
  get version(): number {
    return this.writes;
  }

  /**
   * Replaces what one scan stream (an AWS source, a scanner's reports) knows about an
   * entity: findings present are upserted, findings gone are marked fixed. One
   * transaction, so a failure leaves the previous state intact.
   */
  async replaceOrigin(
    entityRef: string,
    origin: string,
    scanned: ReportFinding[],
    observedAt: string,
    tx?: Knex.Transaction,
  ): Promise<ReplaceOutcome> {
    const outcome: ReplaceOutcome = {
      stored: 0,
      new: 0,
      fixed: 0,
      suppressed: 0,
    };
    const run = async (trx: Knex.Transaction) => {
      const existing = new Map<string, FindingRow>(
        (
          await trx<FindingRow>('security_findings').where({
            entity_ref: entityRef,
            origin,
          })
        ).map(r => [r.id, r]),
      );
      const seen = new Set<string>();
      for (const f of scanned) {
        const id = fingerprint(entityRef, origin, f);
        if (seen.has(id)) continue;
        seen.add(id);
        const prev = existing.get(id);
        outcome.stored += 1;
        if (!prev || prev.fixed_at) outcome.new += 1;
        if (f.suppressedInSource) outcome.suppressed += 1;
        // Only the report's own suppressions are set or lifted here; an owner's stays.
        let suppression = {};
        if (f.suppressedInSource) {
          suppression = {
            suppressed_reason: f.suppressedInSource,
            suppressed_until: IN_SOURCE_SUPPRESSION_UNTIL,
            suppressed_by: f.scanner,
          };
        } else if (prev?.suppressed_until === IN_SOURCE_SUPPRESSION_UNTIL) {
          suppression = {
            suppressed_reason: null,
            suppressed_until: null,
            suppressed_by: null,
          };
        }
        const firstSeen = [prev?.first_seen, f.firstSeen ?? observedAt]
          .filter((v): v is string => !!v)
          .sort()[0];
        const row = {
          source: f.source,
          scanner: f.scanner,
          severity: f.severity,
          title: f.title,
          vulnerability_id: f.vulnerabilityId ?? null,
          rule_id: f.ruleId ?? null,
          package_name: f.packageName ?? null,
          installed_version: f.installedVersion ?? null,
          fixed_version: f.fixedVersion ?? null,
          target: f.target,
          url: f.url ?? null,
          first_seen: firstSeen,
          last_seen: f.fixedAt ?? observedAt,
          fixed_at: f.fixedAt ?? null,
          ...suppression,
        };
        if (prev) {
          await trx('security_findings').where({ id }).update(row);
        } else {
          await trx('security_findings').insert({
            id,
            entity_ref: entityRef,
            origin,
            ...row,
          });
        }
      }
      const gone = [...existing.values()]
        .filter(r => !seen.has(r.id) && !r.fixed_at)
        .map(r => r.id);
      outcome.fixed = gone.length;
      for (const ids of chunks(gone)) {
        await trx('security_findings')
          .whereIn('id', ids)
          .update({ fixed_at: observedAt });
      }
    };
    if (tx) await run(tx);
    else await this.knex.transaction(run);
    return outcome;
  }

  async findingsFor(entityRefs: string[]): Promise<StoredFinding[]> {
    return this.rowsFor('security_findings', entityRefs, toFinding);
  }

  async finding(id: string): Promise<StoredFinding | undefined> {
    const row = await this.knex<FindingRow>('security_findings')
      .where({ id })
      .first();
    return row && toFinding(row);
  }

  async setSuppression(
    id: string,
    suppression: { reason: string; expiresAt: string; by: string } | undefined,
  ): Promise<void> {
    await this.knex('security_findings')
      .where({ id })
      .update({
        suppressed_reason: suppression?.reason ?? null,
        suppressed_until: suppression?.expiresAt ?? null,
        suppressed_by: suppression?.by ?? null,
      });
  }

  async entityRefs(): Promise<string[]> {
    const rows = await this.knex('security_findings').distinct('entity_ref');
    return rows.map(r => r.entity_ref as string).sort();
  }

  async recordScan(status: ScanStatus, tx?: Knex.Transaction): Promise<void> {
    const db = tx ?? this.knex;
    const row = {
      entity_ref: status.entityRef,
      origin: status.origin,
      last_attempt_at: status.lastAttemptAt,
      error: status.error ?? null,
      ...(status.lastSuccessAt
        ? { last_success_at: status.lastSuccessAt }
        : {}),
    };
    await db('security_scans')
      .insert(row)
      .onConflict(['entity_ref', 'origin'])
      .merge();
  }

  async scansFor(entityRefs: string[]): Promise<ScanStatus[]> {
    return this.rowsFor('security_scans', entityRefs, r => ({
      entityRef: r.entity_ref,
      origin: r.origin,
      lastSuccessAt: r.last_success_at ?? undefined,
      lastAttemptAt: r.last_attempt_at,
      error: r.error ?? undefined,
    }));
  }

  /**
   * Records one refresh attempt of a service. A failure keeps the previous
   * `last_success_at`, so "failed after an earlier success" stays distinguishable from
   * "never succeeded".
   */
  async recordServiceScan(attempt: {
    entityRef: string;
    at: string;
    error?: string;
  }): Promise<void> {
    const row = {
      entity_ref: attempt.entityRef,
      last_attempt_at: attempt.at,
      last_error: attempt.error ?? null,
      ...(attempt.error ? {} : { last_success_at: attempt.at }),
    };
    await this.knex('security_service_scans')
      .insert(row)
      .onConflict('entity_ref')
      .merge();
  }

  /** Services the refresher attempted, findings or not (the overview lists them all). */
  async serviceScanRefs(): Promise<string[]> {
    const rows = await this.knex('security_service_scans').select('entity_ref');
    return rows.map(r => r.entity_ref as string);
  }

  async serviceScansFor(entityRefs: string[]): Promise<ServiceScanRecord[]> {
    return this.rowsFor('security_service_scans', entityRefs, r => ({
      entityRef: r.entity_ref,
      lastAttemptAt: r.last_attempt_at,
      lastError: r.last_error ?? undefined,
      lastSuccessAt: r.last_success_at ?? undefined,
    }));
  }

  /** The rows of `table` for `entityRefs`, read in chunks that keep each query's bindings few. */
  private async rowsFor<T>(
    table: string,
    entityRefs: string[],
    toRecord: (row: any) => T,
  ): Promise<T[]> {
    const out: T[] = [];
    for (const refs of chunks(entityRefs)) {
      const rows = await this.knex(table).whereIn('entity_ref', refs);
      out.push(...rows.map(toRecord));
    }
    return out;
  }

  async report(id: string): Promise<ReportRecord | undefined> {
    const r = await this.knex('security_reports').where({ id }).first();
    return (
      r && {
        id: r.id,
        entityRef: r.entity_ref,
        format: r.format,
        scanner: r.scanner,
        receivedAt: r.received_at,
        findingCount: Number(r.finding_count),
      }
    );
  }

  /** Stores a report and its findings together, or neither. */
  async ingestReport(
    report: ReportRecord,
    origin: string,
    scanned: ScannedFinding[],
  ): Promise<void> {
    await this.ingestReportStreams(report, [{ origin, findings: scanned }]);
  }

  /**
   * Stores a report whose findings belong to several streams (one per scanner and
   * artifact), each replacing only its own previous findings; one transaction.
   */
  async ingestReportStreams(
    report: ReportRecord,
    streams: ReportStream[],
  ): Promise<ReplaceOutcome> {
    const total: ReplaceOutcome = {
      stored: 0,
      new: 0,
      fixed: 0,
      suppressed: 0,
    };
    await this.knex.transaction(async tx => {
      await tx('security_reports').insert({
        id: report.id,
        entity_ref: report.entityRef,
        format: report.format,
        scanner: report.scanner,
        received_at: report.receivedAt,
        finding_count: report.findingCount,
      });
      const retired = await this.adoptLegacyStreams(tx, report, streams);
      total.fixed += retired;
      for (const { origin, findings } of streams) {
        const outcome = await this.replaceOrigin(
          report.entityRef,
          origin,
          findings,
          report.receivedAt,
          tx,
        );
        total.stored += outcome.stored;
        total.new += outcome.new;
        total.fixed += outcome.fixed;
        total.suppressed += outcome.suppressed;
        await this.recordScan(
          {
            entityRef: report.entityRef,
            origin,
            lastAttemptAt: report.receivedAt,
            lastSuccessAt: report.receivedAt,
          },
          tx,
        );
      }
    });
    return total;
  }

  /**
   * Reports used to form one stream per scanner (`legacyOrigin`, e.g. `report:trivy:trivy`)
   * before they were split per artifact. The first report of that scanner retires it: a
   * finding found again moves to its new stream under its new id, keeping first seen and
   * an owner's suppression; the others are marked fixed, so none stays open forever.
   * Returns how many were marked fixed.
   */
  private async adoptLegacyStreams(
    tx: Knex.Transaction,
    report: ReportRecord,
    streams: ReportStream[],
  ): Promise<number> {
    let fixed = 0;
    for (const legacyOrigin of new Set(
      streams.map(s => s.legacyOrigin).filter((o): o is string => !!o),
    )) {
      const rows = await tx<FindingRow>('security_findings').where({
        entity_ref: report.entityRef,
        origin: legacyOrigin,
      });
      const left = new Map(rows.map(r => [r.id, r]));
      for (const { origin, findings } of streams.filter(
        s => s.legacyOrigin === legacyOrigin && s.origin !== legacyOrigin,
      )) {
        for (const f of findings) {
          const legacyId = fingerprint(report.entityRef, legacyOrigin, {
            ...f,
            identity: undefined,
          });
          if (!left.delete(legacyId)) continue;
          await tx('security_findings')
            .where({ id: legacyId })
            .update({ id: fingerprint(report.entityRef, origin, f), origin });
        }
      }
      const gone = [...left.values()].filter(r => !r.fixed_at).map(r => r.id);
      for (const ids of chunks(gone)) {
        await tx('security_findings')
          .whereIn('id', ids)
          .update({ fixed_at: report.receivedAt });
      }
      fixed += gone.length;
    }
    return fixed;
  }
}
