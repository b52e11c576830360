import { DailyCost } from '@runway/plugin-cost-common';

/** Cost per 1,000 requests over `days` complete days ending `offset` days before the last counted day. */
function windowPer1k(
  daily: DailyCost[],
  days: number,
  offset: number,
): number | null {
  const counted = daily.filter(d => d.requests !== null);
  const window = counted.slice(
    Math.max(0, counted.length - offset - days),
    counted.length - offset,
  );
  const requests = window.reduce((s, d) => s + (d.requests ?? 0), 0);
  if (window.length < days || requests <= 0) return null;
  return (window.reduce((s, d) => s + d.cost, 0) / requests) * 1000;
}

/** This week's cost per 1,000 requests against the week before, as a ratio of change. */
export function costPer1kTrend(daily: DailyCost[]): number | null {
  const current = windowPer1k(daily, 7, 0);
  const previous = windowPer1k(daily, 7, 7);
  if (current === null || previous === null || previous === 0) return null;
  return (current - previous) / previous;
}
