import { InputError } from '@backstage/errors';
import {
  BURN_RATE_ALERTS,
  BURN_WINDOWS,
  BudgetPoint,
  BurnWindow,
  SloStatus,
} from '@runway/plugin-slo-common';

/**
 * The allowed error ratio for an objective given in percent (99.9 -> 0.001). 100% leaves no
 * budget, so every burn rate would be a division by zero: it is rejected, like Sloth does.
 */
export function errorBudget(objectivePercent: number): number {
  if (
    !Number.isFinite(objectivePercent) ||
    objectivePercent <= 0 ||
    objectivePercent >= 100
  ) {
    throw new InputError(
      `SLO objective must be above 0 and below 100 percent, got ${objectivePercent}`,
    );
  }
  // Rounded so 99.9 gives 0.001 and not 0.0009999999999998899.
  return Number((1 - objectivePercent / 100).toPrecision(12));
}

/** Error ratio from event counts; null when nothing happened (no traffic is not 0% errors). */
export function errorRatio(errors: number, total: number): number | null {
  if (!(total > 0)) return null;
  return errors / total;
}

/** How many times faster than "exactly spend the budget by the window's end" we burn. */
export function burnRate(ratio: number | null, budget: number): number | null {
  return ratio === null ? null : ratio / budget;
}

/** SLI and budget over the whole window from the window's error ratio. */
export function budgetFromPeriodRatio(
  periodErrorRatio: number | null,
  budget: number,
) {
  if (periodErrorRatio === null) {
    return { sli: null, consumed: null, remaining: null };
  }
  const consumed = periodErrorRatio / budget;
  return { sli: 1 - periodErrorRatio, consumed, remaining: 1 - consumed };
}

/**
 * ok / ticket / page from burn rates, with Sloth's multiwindow pairs: an alert holds only when
 * both its long and its short window burn at or above the factor. A window without traffic
 * burns nothing. No traffic anywhere gives `no-data`.
 */
export function sloStatus(rates: Record<BurnWindow, number | null>): SloStatus {
  if (BURN_WINDOWS.every(w => rates[w] === null)) return 'no-data';
  const firing = BURN_RATE_ALERTS.filter(
    a => (rates[a.long] ?? 0) >= a.factor && (rates[a.short] ?? 0) >= a.factor,
  );
  if (firing.some(a => a.severity === 'page')) return 'page';
  if (firing.length) return 'ticket';
  return 'ok';
}

/** A slice of the window: its error ratio and how much it weighs (its request count, or 1). */
export interface RatioSlice {
  t: number;
  ratio: number | null;
  weight: number;
}

/**
 * The burn-down: after each slice, the fraction of the window's budget still left, where the
 * budget is `budget x all events of the window`. Slices without traffic spend nothing.
 */
export function budgetBurnDown(
  slices: RatioSlice[],
  budget: number,
): BudgetPoint[] {
  const totalWeight = slices.reduce(
    (sum, s) => sum + (s.ratio === null ? 0 : s.weight),
    0,
  );
  if (totalWeight === 0) return [];
  let spent = 0;
  return slices.map(s => {
    if (s.ratio !== null) spent += s.ratio * s.weight;
    return {
      t: new Date(s.t * 1000).toISOString(),
      remaining: 1 - spent / (budget * totalWeight),
    };
  });
}

/** Prometheus answers at most 11,000 points per series; keep a margin. */
export const MAX_POINTS = 11_000;

/**
 * A step (seconds) for `query_range` over `rangeSeconds` that aims at `targetPoints` points,
 * never goes under `minStep`, and never exceeds Prometheus' 11,000-point limit.
 */
export function chooseStep(
  rangeSeconds: number,
  targetPoints = 720,
  minStep = 60,
): number {
  const wanted = Math.max(minStep, Math.ceil(rangeSeconds / targetPoints));
  const floor = Math.ceil(rangeSeconds / (MAX_POINTS - 1));
  return Math.max(wanted, floor);
}

/** PromQL duration for a window in seconds, e.g. 3600 -> "1h". */
export function windowSeconds(window: string): number {
  const m = /^(\d+)([smhdw])$/.exec(window);
  if (!m) throw new InputError(`unsupported window ${window}`);
  const unit = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2] as 's'];
  return Number(m[1]) * unit;
}
