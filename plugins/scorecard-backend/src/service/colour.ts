import {
  Cell,
  CellStatus,
  Cells,
  Family,
  METRIC_FAMILY,
  MetricId,
  Targets,
  Trend,
} from '@runway/plugin-scorecard-common';
import { RawMetrics } from './rawMetrics';

/** Lower is better: green at or under target, amber up to `amberFactor` times it, red beyond. */
export function lowerIsBetter(
  value: number | null,
  target: number,
  amberFactor = 2,
): CellStatus {
  if (value === null) return 'none';
  // Percentages subtracted from 100 carry float noise (100 - 99.8 = 0.2000000000000028).
  const eps = 1e-9;
  if (value <= target + eps) return 'green';
  return value <= target * amberFactor + eps ? 'amber' : 'red';
}

/** Higher is better: green at or above target, amber down to `amberShare` of it, red below. */
export function higherIsBetter(
  value: number | null,
  target: number,
  amberShare: number,
): CellStatus {
  if (value === null) return 'none';
  if (value >= target) return 'green';
  return value >= target * amberShare ? 'amber' : 'red';
}

/**
 * Availability is judged on the error rate: missing a 99.9 % target by twice the allowed
 * errors (99.8 %) is amber, worse is red.
 */
export function availabilityStatus(
  pct: number | null,
  target: number,
): CellStatus {
  if (pct === null) return 'none';
  return lowerIsBetter(100 - pct, 100 - target);
}

/** Error budget: red when spent, amber when below the configured share, green otherwise. */
export function budgetStatus(
  left: number | null,
  amberBelow: number,
): CellStatus {
  if (left === null) return 'none';
  if (left <= 0) return 'red';
  return left < amberBelow ? 'amber' : 'green';
}

/** Any critical above target is red; none, but open highs, is amber. */
export function vulnStatus(
  critical: number | null,
  high: number | null,
  target: number,
): CellStatus {
  if (critical === null) return 'none';
  if (critical > target) return 'red';
  return (high ?? 0) > 0 ? 'amber' : 'green';
}

function growth(raw: RawMetrics): number | null {
  if (
    raw.monthToDate === null ||
    raw.lastMonthToDate === null ||
    raw.lastMonthToDate <= 0
  )
    return null;
  return (raw.monthToDate - raw.lastMonthToDate) / raw.lastMonthToDate;
}

/** Spend going up is worse; within 2 % either way is steady. */
function costTrend(raw: RawMetrics): Trend | null {
  const g = growth(raw);
  if (g === null) return null;
  if (g > 0.02) return 'worsening';
  return g < -0.02 ? 'improving' : 'steady';
}

function cell(
  value: number | null,
  status: CellStatus,
  trend: Trend | null = null,
  note?: string,
): Cell {
  return note && value === null
    ? { value, status, trend, note }
    : { value, status, trend };
}

/**
 * Judges every column of one service (or one rollup) against the targets. A family that
 * failed blanks its own columns with its reason; the others are judged as usual.
 */
export function judge(
  raw: RawMetrics,
  targets: Targets,
  failed: Partial<Record<Family, string>> = {},
): Cells {
  const n = raw.notes;
  const cells: Cells = {
    availability: cell(
      raw.availabilityPct,
      availabilityStatus(raw.availabilityPct, targets.availability),
      raw.availabilityTrend,
      n.slo,
    ),
    latencyP95: raw.latencyAboveThreshold
      ? {
          value: null,
          status: 'red',
          trend: null,
          note: 'p95 above the latency SLO threshold',
        }
      : cell(
          raw.latencyP95Ms,
          lowerIsBetter(raw.latencyP95Ms, targets.latencyP95Ms, 1.5),
          null,
          n.slo,
        ),
    errorBudget: cell(
      raw.errorBudgetLeft,
      budgetStatus(raw.errorBudgetLeft, targets.errorBudgetLeft),
      raw.errorBudgetTrend,
      n.slo,
    ),
    deployFrequency: cell(
      raw.deploysPerDay,
      higherIsBetter(raw.deploysPerDay, targets.deploysPerDay, 1 / 7),
      null,
      n.deployments,
    ),
    leadTime: cell(
      raw.leadTimeHours,
      lowerIsBetter(raw.leadTimeHours, targets.leadTimeHours, 7),
      null,
      n.deployments,
    ),
    changeFailureRate: cell(
      raw.changeFailureRate,
      lowerIsBetter(raw.changeFailureRate, targets.changeFailureRate),
      null,
      n.deployments,
    ),
    timeToRestore: cell(
      raw.timeToRestoreMinutes,
      lowerIsBetter(raw.timeToRestoreMinutes, targets.timeToRestoreMinutes),
      null,
      n.deployments ?? 'no failed deploy to restore',
    ),
    rollbackTime: cell(
      raw.rollbackMinutes,
      lowerIsBetter(raw.rollbackMinutes, targets.rollbackMinutes),
      null,
      n.deployments ?? 'no rollback',
    ),
    criticalVulns: cell(
      raw.criticalVulns,
      vulnStatus(raw.criticalVulns, raw.highVulns, targets.criticalVulns),
      null,
      n.security,
    ),
    monthlyCost: cell(
      raw.monthlyCostUsd,
      lowerIsBetter(growth(raw), targets.monthlyCostGrowth, 2.5),
      costTrend(raw),
      n.cost,
    ),
    costPerRequest: cell(
      raw.costPerRequestUsd,
      lowerIsBetter(raw.costPerRequestUsd, targets.costPerRequestUsd),
      null,
      n.cost,
    ),
  };
  for (const [metric, family] of Object.entries(METRIC_FAMILY) as [
    MetricId,
    Family,
  ][]) {
    const reason = failed[family];
    if (reason)
      cells[metric] = {
        value: null,
        status: 'none',
        trend: null,
        note: `${family} unavailable: ${reason}`,
      };
  }
  return cells;
}
