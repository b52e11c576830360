import {
  BudgetStatus,
  CostSummary,
  DailyCost,
} from '@runway/plugin-cost-common';
import { monthBounds } from '../sources/dates';
import {
  CollectedBudget,
  CollectedCosts,
  DailyRequests,
} from '../sources/types';
import { joinRequests, windowCostPer1k } from './costPerRequest';

/** What the refresh stores per service (keyed by tag value); page views only read these. */
export interface StoredServiceCost {
  tagValue: string;
  daily: DailyCost[];
  byAwsService: Array<{
    awsService: string;
    monthToDate: number;
    lastMonth: number;
  }>;
  monthToDate: number;
  lastMonthToDate: number;
  lastMonth: number;
  changeRatio: number | null;
  forecast: number | null;
  costPer1kRequests: number | null;
  budget: BudgetStatus | null;
}

/** Account-wide results of a refresh. */
export interface StoredAccountCost {
  /** Kept so the next refresh can fetch only recent days. */
  untaggedDaily: Array<{ date: string; cost: number }>;
  untaggedMonthToDate: number;
  taggedMonthToDate: number;
  teamBudgets: Record<string, BudgetStatus>;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

export function toBudgetStatus(b: CollectedBudget): BudgetStatus {
  const usedRatio = b.limit > 0 ? b.actual / b.limit : 0;
  return {
    name: b.name,
    limit: b.limit,
    actual: round2(b.actual),
    forecast: b.forecast === null ? null : round2(b.forecast),
    usedRatio,
    // Over budget now, or on course to be by the end of the month.
    breached: b.actual > b.limit || (b.forecast ?? 0) > b.limit,
  };
}

export function changeRatio(current: number, previous: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}

/**
 * Turns a collection into stored records: month to date, last month to the same point
 * (today counts for the share of it elapsed, as today's spend is partial), the forecast
 * (the account forecast shared out by each service's spend over the last 7 days), budgets
 * and cost per request.
 */
export function buildRecords(
  collected: CollectedCosts,
  requests: DailyRequests,
  now: Date,
) {
  const { monthStart, lastMonthStart, today } = monthBounds(now);
  const dayOfMonth = now.getUTCDate();
  const elapsed = (now.getTime() % 86_400_000) / 86_400_000;
  const lastMonthToDateOf = (daily: Array<{ date: string; cost: number }>) =>
    sum(
      daily
        .filter(d => d.date >= lastMonthStart && d.date < monthStart)
        .map(d => {
          const day = Number(d.date.slice(8, 10));
          if (day < dayOfMonth) return d.cost;
          return day === dayOfMonth ? d.cost * elapsed : 0;
        }),
    );
  // The 7 complete calendar days before today (a missing day counts as no spend).
  const weekAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const recent = (daily: Array<{ date: string; cost: number }>) =>
    sum(
      daily.filter(d => d.date >= weekAgo && d.date < today).map(d => d.cost),
    );
  const accountRecent =
    recent(collected.untaggedDaily) +
    sum([...collected.services.values()].map(s => recent(s.daily)));

  const serviceBudgets = new Map(
    collected.budgets
      .filter(b => b.scope === 'service')
      .map(b => [b.target, toBudgetStatus(b)]),
  );
  const services: StoredServiceCost[] = [...collected.services.entries()].map(
    ([tagValue, s]) => {
      const daily = joinRequests(s.daily, requests.get(tagValue));
      const monthToDate = sum(s.byAwsService.map(r => r.monthToDate));
      const lastMonthToDate = lastMonthToDateOf(s.daily);
      const forecast =
        collected.accountForecastRemaining === null || accountRecent === 0
          ? null
          : monthToDate +
            (collected.accountForecastRemaining * recent(s.daily)) /
              accountRecent;
      return {
        tagValue,
        daily,
        byAwsService: s.byAwsService
          .map(r => ({
            ...r,
            monthToDate: round2(r.monthToDate),
            lastMonth: round2(r.lastMonth),
          }))
          .sort((a, b) => b.monthToDate - a.monthToDate),
        monthToDate: round2(monthToDate),
        lastMonthToDate: round2(lastMonthToDate),
        lastMonth: round2(sum(s.byAwsService.map(r => r.lastMonth))),
        changeRatio: changeRatio(monthToDate, lastMonthToDate),
        forecast: forecast === null ? null : round2(forecast),
        costPer1kRequests: windowCostPer1k(daily),
        budget: serviceBudgets.get(tagValue) ?? null,
      };
    },
  );
  const account: StoredAccountCost = {
    untaggedDaily: collected.untaggedDaily,
    untaggedMonthToDate: round2(
      sum(
        collected.untaggedDaily
          .filter(d => d.date >= monthStart)
          .map(d => d.cost),
      ),
    ),
    taggedMonthToDate: round2(sum(services.map(s => s.monthToDate))),
    teamBudgets: Object.fromEntries(
      collected.budgets
        .filter(b => b.scope === 'team')
        .map(b => [b.target, toBudgetStatus(b)]),
    ),
  };
  return { services, account };
}

/** What a batch answers of a service: its summary without the entity ref. */
export type CostFigures = Omit<CostSummary, 'entityRef'>;

/** The batch's figures of a stored service, stored beside it so a batch parses only these. */
export function figuresOf(s: CostFigures): CostFigures {
  return {
    tagValue: s.tagValue,
    monthToDate: s.monthToDate,
    lastMonthToDate: s.lastMonthToDate,
    lastMonth: s.lastMonth,
    changeRatio: s.changeRatio,
    forecast: s.forecast,
    costPer1kRequests: s.costPer1kRequests,
  };
}

export function summaryOf(entityRef: string, s: CostFigures): CostSummary {
  return { entityRef, ...figuresOf(s) };
}
