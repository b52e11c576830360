import { DailyCost } from '@runway/plugin-cost-common';

/**
 * Cost per 1,000 requests. A day that served no request has no such figure (null), it is
 * not a division by zero; neither has a day whose request count is unknown.
 */
export function costPer1k(
  cost: number,
  requests: number | null,
): number | null {
  if (requests === null || requests <= 0) return null;
  return (cost / requests) * 1000;
}

/**
 * Cost per 1,000 requests over the last `window` days that have a request count: total
 * cost over total requests, so busy days weigh more than quiet ones (a mean of daily
 * ratios would not). Null when those days served nothing.
 */
export function windowCostPer1k(days: DailyCost[], window = 7): number | null {
  const counted = days.filter(d => d.requests !== null).slice(-window);
  const requests = counted.reduce((sum, d) => sum + (d.requests ?? 0), 0);
  const cost = counted.reduce((sum, d) => sum + d.cost, 0);
  return costPer1k(cost, counted.length ? requests : null);
}

/** Joins daily costs with daily requests. */
export function joinRequests(
  costs: Array<{ date: string; cost: number }>,
  requests: Map<string, number> | undefined,
): DailyCost[] {
  return costs.map(({ date, cost }) => {
    const count = requests?.get(date);
    const known = count === undefined ? null : count;
    return {
      date,
      cost,
      requests: known,
      costPer1kRequests: costPer1k(cost, known),
    };
  });
}

/** Sums several services' series day by day (a team's series). */
export function sumSeries(series: DailyCost[][]): DailyCost[] {
  const byDate = new Map<string, { cost: number; requests: number | null }>();
  for (const days of series) {
    for (const d of days) {
      const acc = byDate.get(d.date) ?? { cost: 0, requests: null };
      acc.cost += d.cost;
      if (d.requests !== null) acc.requests = (acc.requests ?? 0) + d.requests;
      byDate.set(d.date, acc);
    }
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, { cost, requests }]) => ({
      date,
      cost,
      requests,
      costPer1kRequests: costPer1k(cost, requests),
    }));
}
