import {
  EntitySecurity,
  Finding,
  FINDING_SOURCES,
  FindingSource,
  RISK_WEIGHTS,
  SecuritySummary,
  SEVERITIES,
  SeverityCounts,
  TrendPoint,
} from '@runway/plugin-security-common';
import { DataSourceKind, SourceInfo } from '@runway/runway-common';
import {
  FindingStore,
  ScanStatus,
  ServiceScanRecord,
  StoredFinding,
} from './FindingStore';
import { scanStateOf } from './scanState';
import { SeverityGates } from './gate';

const DAY = 86_400_000;
export const TREND_DAYS = 90;

function statusAt(f: StoredFinding, now: string): Finding['status'] {
  if (f.fixedAt) return 'fixed';
  if (f.suppression && f.suppression.expiresAt > now) return 'suppressed';
  return 'open';
}

function zeroCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

/** Reads stored findings and turns them into summaries, trends and gate results. */
export class SecurityService {
  constructor(
    private readonly store: FindingStore,
    private readonly gates: SeverityGates,
    private readonly origin: { kind: DataSourceKind; name: string },
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async entity(
    entityRef: string,
  ): Promise<{ source: SourceInfo; data: EntitySecurity }> {
    const now = this.clock().toISOString();
    const stored = await this.store.findingsFor([entityRef]);
    const findings: Finding[] = stored.map(({ origin: _o, ...f }) => ({
      ...f,
      status: statusAt({ ...f, origin: _o }, now),
    }));
    const scans = await this.store.scansFor([entityRef]);
    const [service] = await this.store.serviceScansFor([entityRef]);
    return {
      source: this.sourceInfo(scans, now),
      data: {
        summary: this.summarize(entityRef, findings, scans, service),
        findings: findings.sort(bySeverityThenDate),
        trend: trend(stored, this.clock()),
      },
    };
  }

  /** Summaries for many entities in three queries (per 500 refs), whatever their number. */
  async summaries(
    entityRefs?: string[],
  ): Promise<{ source: SourceInfo; data: { items: SecuritySummary[] } }> {
    const now = this.clock().toISOString();
    // Without refs: every service with findings or a scan attempt, so a service that was
    // never measured, or whose scan failed, is listed (grey) instead of missing.
    const refs =
      entityRefs ??
      [
        ...new Set([
          ...(await this.store.entityRefs()),
          ...(await this.store.serviceScanRefs()),
        ]),
      ].sort();
    const stored = await this.store.findingsFor(refs);
    const scans = await this.store.scansFor(refs);
    const services = new Map(
      (await this.store.serviceScansFor(refs)).map(s => [s.entityRef, s]),
    );
    const scansByRef = new Map<string, ScanStatus[]>();
    for (const s of scans)
      scansByRef.set(s.entityRef, [...(scansByRef.get(s.entityRef) ?? []), s]);
    const byRef = new Map<string, Finding[]>(refs.map(r => [r, []]));
    for (const f of stored) {
      byRef.get(f.entityRef)?.push({ ...f, status: statusAt(f, now) });
    }
    const items = refs.map(ref =>
      this.summarize(
        ref,
        byRef.get(ref) ?? [],
        scansByRef.get(ref) ?? [],
        services.get(ref),
      ),
    );
    if (!entityRefs)
      items.sort(
        (a, b) =>
          b.riskScore - a.riskScore || a.entityRef.localeCompare(b.entityRef),
      );
    return { source: this.sourceInfo(scans, now), data: { items } };
  }

  private summarize(
    entityRef: string,
    findings: Finding[],
    scans: ScanStatus[],
    service: ServiceScanRecord | undefined,
  ): SecuritySummary {
    const open = zeroCounts();
    const bySource = Object.fromEntries(
      FINDING_SOURCES.map(s => [s, 0]),
    ) as Record<FindingSource, number>;
    for (const f of findings) {
      if (f.status !== 'open') continue;
      open[f.severity] += 1;
      bySource[f.source] += 1;
    }
    const scan = scanStateOf(service, scans);
    const lastScannedAt = scan.lastSuccessAt;
    return {
      entityRef,
      open,
      bySource,
      gate: this.gates.evaluate(entityRef, open, scan),
      riskScore: SEVERITIES.reduce(
        (sum, s) => sum + open[s] * RISK_WEIGHTS[s],
        0,
      ),
      ...(lastScannedAt ? { lastScannedAt } : {}),
      scan,
    };
  }

  private sourceInfo(scans: ScanStatus[], now: string): SourceInfo {
    const failed = scans.filter(s => s.error);
    const successes = scans
      .map(s => s.lastSuccessAt)
      .filter((v): v is string => !!v)
      .sort();
    return {
      kind: this.origin.kind,
      name: this.origin.name,
      stale: failed.length > 0,
      fetchedAt: successes[0] ?? now,
      ...(failed.length
        ? { error: `${failed[0].origin}: ${failed[0].error}` }
        : {}),
    };
  }
}

function bySeverityThenDate(a: Finding, b: Finding): number {
  const order: Record<Finding['status'], number> = {
    open: 0,
    suppressed: 1,
    fixed: 2,
  };
  const rank = (f: Finding) => order[f.status];
  return (
    rank(a) - rank(b) ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    b.firstSeen.localeCompare(a.firstSeen)
  );
}

/**
 * Findings open at the end of each of the last 90 days (first seen before, not yet fixed),
 * computed from the stored history rather than kept as separate snapshots.
 */
export function trend(findings: StoredFinding[], now: Date): TrendPoint[] {
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const points: TrendPoint[] = [];
  for (let d = TREND_DAYS - 1; d >= 0; d--) {
    const start = today - d * DAY;
    const end = new Date(Math.min(start + DAY, now.getTime())).toISOString();
    const p: TrendPoint = {
      date: new Date(start).toISOString().slice(0, 10),
      critical: 0,
      high: 0,
      medium: 0,
      low: 0,
    };
    for (const f of findings) {
      if (f.severity === 'unknown' || f.firstSeen > end) continue;
      if (f.fixedAt && f.fixedAt <= end) continue;
      p[f.severity] += 1;
    }
    points.push(p);
  }
  return points;
}
