import type { BatchCostItem } from '@runway/plugin-cost-common';
import type { DeploymentSummary } from '@runway/plugin-deployments-common';
import type { SecuritySummary } from '@runway/plugin-security-common';
import type { EntitySlos, SloReport } from '@runway/plugin-slo-common';
import {
  CellAction,
  Family,
  MetricId,
  Trend,
} from '@runway/plugin-scorecard-common';

/**
 * The figures one service contributes, before judging. Separate from the cells so team and
 * system rollups can combine raw figures (sum spend, average rates) and judge the result
 * with the same rules as a single service.
 */
export interface RawMetrics {
  availabilityPct: number | null;
  availabilityTrend: Trend | null;
  /** Upper bound of p95 latency from the latency SLO, see `latencyFromSlo`. */
  latencyP95Ms: number | null;
  /** True when the latency SLO shows p95 above its threshold (value unknown, but too slow). */
  latencyAboveThreshold: boolean;
  errorBudgetLeft: number | null;
  errorBudgetTrend: Trend | null;
  deploysPerDay: number | null;
  leadTimeHours: number | null;
  changeFailureRate: number | null;
  timeToRestoreMinutes: number | null;
  rollbackMinutes: number | null;
  criticalVulns: number | null;
  highVulns: number | null;
  monthlyCostUsd: number | null;
  monthToDate: number | null;
  lastMonthToDate: number | null;
  costPerRequestUsd: number | null;
  testCoveragePct: number | null;
  loadTestP95Ms: number | null;
  /** Load test p95 over the service's own latency SLO threshold. */
  loadTestSloRatio: number | null;
  compliancePassed: number | null;
  complianceApplicable: number | null;
  /** The failing control to fix first (services only; rollups do not carry one). */
  complianceAction?: CellAction;
  backupRpoMinutes: number | null;
  /** Resources under AWS Backup without any completed backup: red, not unknown. */
  backupNever: boolean;
  staleFlags: number | null;
  /** Why a family (or one of its columns) gave nothing for this service. */
  notes: Partial<Record<Family | MetricId, string>>;
}

export const EMPTY_RAW: RawMetrics = {
  availabilityPct: null,
  availabilityTrend: null,
  latencyP95Ms: null,
  latencyAboveThreshold: false,
  errorBudgetLeft: null,
  errorBudgetTrend: null,
  deploysPerDay: null,
  leadTimeHours: null,
  changeFailureRate: null,
  timeToRestoreMinutes: null,
  rollbackMinutes: null,
  criticalVulns: null,
  highVulns: null,
  monthlyCostUsd: null,
  monthToDate: null,
  lastMonthToDate: null,
  costPerRequestUsd: null,
  testCoveragePct: null,
  loadTestP95Ms: null,
  loadTestSloRatio: null,
  compliancePassed: null,
  complianceApplicable: null,
  backupRpoMinutes: null,
  backupNever: false,
  staleFlags: null,
  notes: {},
};

/** A number the source produced, or null: absent, null or not a number is no data. */
const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

const isLatency = (s: SloReport) =>
  /latency/i.test(`${s.name} ${s.description ?? ''}`);

/**
 * A short window burning slower than the long one means the budget is recovering. 10 %
 * either way counts as steady so noise does not flip arrows.
 */
export function burnTrend(slo: SloReport): Trend | null {
  const short = slo.burnRates['1d'];
  const long = slo.burnRates['3d'];
  if (
    short === null ||
    long === null ||
    short === undefined ||
    long === undefined
  )
    return null;
  if (short < long * 0.9) return 'improving';
  if (short > long * 1.1) return 'worsening';
  return 'steady';
}

/**
 * The SLO family reports the share of requests under a latency threshold, not a p95 in
 * milliseconds. When at least 95 % of requests beat the threshold, p95 is at most that
 * threshold, so the threshold is an honest upper bound; below 95 % p95 is above it.
 */
export function latencyFromSlo(slo: SloReport): {
  p95Ms: number | null;
  above: boolean;
} {
  const match = /(\d+(?:\.\d+)?)\s*ms/i.exec(
    `${slo.description ?? ''} ${slo.name}`,
  );
  if (!match || slo.sli === null) return { p95Ms: null, above: false };
  const threshold = Number(match[1]);
  return slo.sli >= 0.95
    ? { p95Ms: threshold, above: false }
    : { p95Ms: null, above: true };
}

export function sloMetrics(
  entry: EntitySlos | undefined,
): Partial<RawMetrics> & { note?: string } {
  if (!entry) return { note: 'not returned by the SLO service' };
  if (entry.error && entry.slos.length === 0) return { note: entry.error };
  if (entry.slos.length === 0) return { note: 'no SLO declared' };
  const availability = entry.slos.find(s => !isLatency(s) && s.sli !== null);
  const latency = entry.slos.find(isLatency);
  const budgets = entry.slos.filter(s => s.budget.remaining !== null);
  const tightest = budgets.sort(
    (a, b) => a.budget.remaining! - b.budget.remaining!,
  )[0];
  const lat = latency ? latencyFromSlo(latency) : { p95Ms: null, above: false };
  return {
    availabilityPct: availability ? availability.sli! * 100 : null,
    availabilityTrend: availability ? burnTrend(availability) : null,
    latencyP95Ms: lat.p95Ms,
    latencyAboveThreshold: lat.above,
    errorBudgetLeft: tightest ? tightest.budget.remaining : null,
    errorBudgetTrend: tightest ? burnTrend(tightest) : null,
  };
}

export function deploymentMetrics(
  summary: DeploymentSummary | undefined,
): Partial<RawMetrics> & { note?: string } {
  if (!summary) return { note: 'not returned by the deployments service' };
  const { lastDeploy } = summary;
  // A figure absent from the answer is no data, never zero.
  const dora: Partial<DeploymentSummary['dora']> = summary.dora ?? {};
  // The deployments family's DORA figures (from incidents and rollback syncs) first; the
  // last deploy's own rollback only for answers from before it sent them.
  const lastRollback =
    lastDeploy?.rolledBackAt !== undefined
      ? (Date.parse(lastDeploy.rolledBackAt) -
          Date.parse(lastDeploy.deployedAt)) /
        60_000
      : null;
  return {
    deploysPerDay: num(dora.deploysPerDay),
    leadTimeHours: num(dora.leadTimeHours),
    changeFailureRate: num(dora.changeFailureRate),
    timeToRestoreMinutes:
      num(dora.timeToRestoreMinutes) ??
      (num(dora.timeToRestoreHours) === null
        ? null
        : num(dora.timeToRestoreHours)! * 60),
    rollbackMinutes:
      num(dora.rollbackMinutes) ??
      (lastRollback !== null && Number.isFinite(lastRollback)
        ? lastRollback
        : null),
    note: summary.error,
  };
}

export function securityMetrics(
  summary: SecuritySummary | undefined,
): Partial<RawMetrics> & { note?: string } {
  if (!summary) return { note: 'never scanned' };
  // Absent `scan` (answers from before scan states): the counts are taken as they are.
  const scan = summary.scan;
  if (scan?.state === 'never') return { note: 'never scanned: no data' };
  if (scan?.state === 'failed' && !scan.lastSuccessAt)
    return {
      note: `no data: last scan failed${scan.at ? ` at ${scan.at}` : ''}${
        scan.error ? ` (${scan.error})` : ''
      }`,
    };
  const open = summary.open ?? {};
  return {
    criticalVulns: typeof open.critical === 'number' ? open.critical : null,
    highVulns: typeof open.high === 'number' ? open.high : null,
    ...(typeof open.critical === 'number'
      ? {}
      : { note: 'no data: no critical count in the answer' }),
  };
}

export function costMetrics(
  item: BatchCostItem | undefined,
): Partial<RawMetrics> & { note?: string } {
  if (!item) return { note: 'not returned by the cost service' };
  if (item.status !== 'ok') return { note: item.status };
  const s: Partial<NonNullable<typeof item.summary>> = item.summary ?? {};
  const per1k = num(s.costPer1kRequests);
  return {
    monthlyCostUsd: num(s.forecast) ?? num(s.monthToDate),
    monthToDate: num(s.monthToDate),
    lastMonthToDate: num(s.lastMonthToDate),
    costPerRequestUsd: per1k === null ? null : per1k / 1000,
  };
}
