import {
  Cell,
  CellStatus,
  Targets,
  Trend,
} from '@runway/plugin-scorecard-common';
import { RawMetrics } from './rawMetrics';

// The colour rules every column is judged by; the families' column definitions pick one.

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

export function growth(raw: RawMetrics): number | null {
  if (
    raw.monthToDate === null ||
    raw.lastMonthToDate === null ||
    raw.lastMonthToDate <= 0
  )
    return null;
  return (raw.monthToDate - raw.lastMonthToDate) / raw.lastMonthToDate;
}

/** Spend going up is worse; within 2 % either way is steady. */
export function costTrend(raw: RawMetrics): Trend | null {
  const g = growth(raw);
  if (g === null) return null;
  if (g > 0.02) return 'worsening';
  return g < -0.02 ? 'improving' : 'steady';
}

export function cell(
  value: number | null,
  status: CellStatus,
  trend: Trend | null = null,
  note?: string,
): Cell {
  // A value with nothing to judge it against keeps its note, too: it says why it is grey.
  return note && (value === null || status === 'none')
    ? { value, status, trend, note }
    : { value, status, trend };
}

/**
 * A count of things to clean up (stale flags): green at or under target, amber for a few more
 * (up to twice the target, and at least three), red beyond.
 */
export function countStatus(value: number | null, target: number): CellStatus {
  if (value === null) return 'none';
  if (value <= target) return 'green';
  return value <= Math.max(target * 2, target + 3) ? 'amber' : 'red';
}

/** The cell for a figure judged by one rule, with the note that explains a grey cell. */
export type ColumnJudge = (
  raw: RawMetrics,
  targets: Targets,
  note: string | undefined,
) => Cell;
