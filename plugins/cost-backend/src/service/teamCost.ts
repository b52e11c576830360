import { TeamCost } from '@runway/plugin-cost-common';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  changeRatio,
  StoredAccountCost,
  StoredServiceCost,
  summaryOf,
} from './buildRecords';
import { sumSeries, windowCostPer1k } from './costPerRequest';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A team's totals over the services the viewer may see, ranked by spend. */
export function teamCost(
  teamRef: string,
  services: Array<{ ref: string; stored: StoredServiceCost }>,
  hidden: number,
  account: StoredAccountCost | null,
): TeamCost {
  const monthToDate = round2(sum(services.map(s => s.stored.monthToDate)));
  const lastMonthToDate = round2(
    sum(services.map(s => s.stored.lastMonthToDate)),
  );
  const forecasts = services.map(s => s.stored.forecast);
  const untaggedMtd = account?.untaggedMonthToDate ?? 0;
  const accountMtd = untaggedMtd + (account?.taggedMonthToDate ?? 0);
  const daily = sumSeries(services.map(s => s.stored.daily));
  return {
    teamRef,
    monthToDate,
    lastMonthToDate,
    changeRatio: changeRatio(monthToDate, lastMonthToDate),
    forecast:
      forecasts.length && forecasts.every(f => f !== null)
        ? round2(sum(forecasts as number[]))
        : null,
    budget: account?.teamBudgets[parseEntityRef(teamRef).name] ?? null,
    services: services
      .map(s => summaryOf(s.ref, s.stored))
      .sort((a, b) => b.monthToDate - a.monthToDate),
    hidden,
    daily,
    costPer1kRequests: windowCostPer1k(daily),
    untagged: {
      monthToDate: untaggedMtd,
      share: accountMtd > 0 ? untaggedMtd / accountMtd : 0,
    },
  };
}
