import {
  CellStatus,
  Family,
  RollupRow,
  Targets,
  Trend,
} from '@runway/plugin-scorecard-common';
import { judge } from './colour';
import { RawMetrics } from './rawMetrics';

type NumericKey = {
  [K in keyof RawMetrics]: RawMetrics[K] extends number | null ? K : never;
}[keyof RawMetrics];

const known = (xs: Array<number | null>) =>
  xs.filter((x): x is number => x !== null);
const mean = (xs: Array<number | null>) => {
  const k = known(xs);
  return k.length ? k.reduce((a, b) => a + b, 0) / k.length : null;
};
const sum = (xs: Array<number | null>) => {
  const k = known(xs);
  return k.length ? k.reduce((a, b) => a + b, 0) : null;
};
const min = (xs: Array<number | null>) => {
  const k = known(xs);
  return k.length ? Math.min(...k) : null;
};

/**
 * How a group's figure is made from its services': money and vulnerabilities add up;
 * error budget takes the tightest service (the one leadership must hear about); rates and
 * durations average over the services that have them.
 */
const COMBINE: Record<NumericKey, (xs: Array<number | null>) => number | null> =
  {
    availabilityPct: mean,
    latencyP95Ms: mean,
    errorBudgetLeft: min,
    deploysPerDay: mean,
    leadTimeHours: mean,
    changeFailureRate: mean,
    timeToRestoreMinutes: mean,
    rollbackMinutes: mean,
    criticalVulns: sum,
    highVulns: sum,
    monthlyCostUsd: sum,
    monthToDate: sum,
    lastMonthToDate: sum,
    costPerRequestUsd: mean,
  };

/** The most common trend among services, ties read as steady. */
function majorityTrend(trends: Array<Trend | null>): Trend | null {
  const k = trends.filter((t): t is Trend => t !== null);
  if (!k.length) return null;
  const up = k.filter(t => t === 'improving').length;
  const down = k.filter(t => t === 'worsening').length;
  if (up > down && up > k.length / 2) return 'improving';
  if (down > up && down > k.length / 2) return 'worsening';
  return 'steady';
}

export function combine(raws: RawMetrics[]): RawMetrics {
  const out = {} as RawMetrics;
  for (const [key, fn] of Object.entries(COMBINE) as [
    NumericKey,
    (xs: Array<number | null>) => number | null,
  ][]) {
    out[key] = fn(raws.map(r => r[key]));
  }
  out.latencyAboveThreshold = raws.some(r => r.latencyAboveThreshold);
  out.availabilityTrend = majorityTrend(raws.map(r => r.availabilityTrend));
  out.errorBudgetTrend = majorityTrend(raws.map(r => r.errorBudgetTrend));
  out.notes = {};
  return out;
}

/** One row per group key (team or system), sorted with the most red cells first. */
export function rollUp(
  members: Array<{ key: string; raw: RawMetrics; statuses: CellStatus[] }>,
  targets: Targets,
  failed: Partial<Record<Family, string>>,
): RollupRow[] {
  const groups = new Map<string, typeof members>();
  for (const m of members) groups.set(m.key, [...(groups.get(m.key) ?? []), m]);
  const rows = [...groups.entries()].map(([ref, ms]) => {
    const counts = { green: 0, amber: 0, red: 0 };
    for (const s of ms.flatMap(m => m.statuses)) if (s !== 'none') counts[s]++;
    return {
      ref,
      services: ms.length,
      cells: judge(combine(ms.map(m => m.raw)), targets, failed),
      counts,
    };
  });
  return rows.sort(
    (a, b) => b.counts.red - a.counts.red || a.ref.localeCompare(b.ref),
  );
}
