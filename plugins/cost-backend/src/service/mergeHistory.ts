import { CollectedCosts, DayAmount } from '../sources/types';
import { StoredAccountCost, StoredServiceCost } from './buildRecords';

/**
 * Cost Explorer revises recent days (late usage records, credits) for up to a few days;
 * a refresh re-reads this many days and keeps the older ones it stored before.
 */
export const REVISION_DAYS = 7;

const older = (days: DayAmount[], since: string, oldest: string) =>
  days
    .filter(d => d.date < since && d.date >= oldest)
    .map(({ date, cost }) => ({ date, cost }));

/**
 * Completes a collection that read daily costs only from `since` with the days stored by
 * the previous refresh, so a page still sees the whole window.
 */
export function mergeHistory(
  collected: CollectedCosts,
  stored: StoredServiceCost[],
  account: StoredAccountCost | null,
  since: string,
  oldest: string,
): CollectedCosts {
  const services = new Map(collected.services);
  for (const previous of stored) {
    const kept = older(previous.daily, since, oldest);
    const fresh = services.get(previous.tagValue);
    if (fresh) {
      services.set(previous.tagValue, {
        ...fresh,
        daily: [...kept, ...fresh.daily.filter(d => d.date >= since)],
      });
    } else if (kept.some(d => d.cost > 0)) {
      // No spend lately, but its history is still inside the window.
      services.set(previous.tagValue, { daily: kept, byAwsService: [] });
    }
  }
  const untaggedDaily = [
    ...older(account?.untaggedDaily ?? [], since, oldest),
    ...collected.untaggedDaily.filter(d => d.date >= since),
  ];
  return { ...collected, services, untaggedDaily };
}
