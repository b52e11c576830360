import {
  DemoWorldConfig,
  demoWorldFromConfig,
  demoBudgets,
  demoCostDates,
  demoDailyRequests,
  demoServiceCosts,
  demoUntaggedCosts,
} from '@runway/demo-node';
import { monthBounds } from './dates';
import {
  CollectedCosts,
  CostSource,
  DailyRequests,
  RequestCountSource,
} from './types';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The demo world's bill and traffic, shaped as the live sources deliver them. The world is
 * the one of the refresh's hour, so the series always end today.
 */
export class DemoCostSource implements CostSource, RequestCountSource {
  readonly kind = 'demo' as const;
  readonly name = 'demo';

  constructor(
    private readonly config: DemoWorldConfig,
    private readonly days: number,
  ) {}

  async collect(now: Date): Promise<CollectedCosts> {
    const world = demoWorldFromConfig(this.config, now);
    const { monthStart, lastMonthStart } = monthBounds(now);
    // 90 days always reach back past the start of last month.
    const span = Math.max(this.days, 62);
    const services: CollectedCosts['services'] = new Map();
    const spend = new Map<string, { actual: number; forecast: number }>();
    for (const service of world.services) {
      const days = demoServiceCosts(world, service.name, span);
      const totals = days.map(d => ({
        date: d.date,
        cost: sum(Object.values(d.byAwsService)),
      }));
      const awsNames = [
        ...new Set(days.flatMap(d => Object.keys(d.byAwsService))),
      ];
      const byAwsService = awsNames.map(awsService => ({
        awsService,
        monthToDate: sum(
          days
            .filter(d => d.date >= monthStart)
            .map(d => d.byAwsService[awsService] ?? 0),
        ),
        lastMonth: sum(
          days
            .filter(d => d.date >= lastMonthStart && d.date < monthStart)
            .map(d => d.byAwsService[awsService] ?? 0),
        ),
      }));
      services.set(service.name, {
        daily: totals.slice(-this.days),
        byAwsService,
      });
      const actual = sum(byAwsService.map(r => r.monthToDate));
      spend.set(service.name, {
        actual,
        forecast: actual + remainingAtRecentRate(totals, now),
      });
    }
    const teamSpend = (team: string) => {
      const owned = world.services
        .filter(s => s.owner === team)
        .map(s => spend.get(s.name)!);
      return {
        actual: sum(owned.map(o => o.actual)),
        forecast: sum(owned.map(o => o.forecast)),
      };
    };
    const budgets = demoBudgets(world).map(b => {
      const s =
        b.scope === 'service' ? spend.get(b.target)! : teamSpend(b.target);
      return {
        name: b.name,
        scope: b.scope,
        target: b.target,
        limit: b.limitUsd,
        ...s,
      };
    });
    const untagged = demoUntaggedCosts(world, span);
    const allDaily = [...services.values()].map(s => s.daily);
    const accountDaily = demoCostDates(world, span).map((date, i) => ({
      date,
      cost:
        untagged[i].cost +
        sum(allDaily.map(d => d.find(x => x.date === date)?.cost ?? 0)),
    }));
    return {
      services,
      untaggedDaily: untagged.slice(-this.days),
      accountForecastRemaining: remainingAtRecentRate(accountDaily, now),
      budgets,
    };
  }

  async dailyRequests(dates: string[], now: Date): Promise<DailyRequests> {
    const world = demoWorldFromConfig(this.config, now);
    const wanted = new Set(dates);
    const today = now.toISOString().slice(0, 10);
    const result: DailyRequests = new Map();
    for (const service of world.services) {
      const days = demoDailyRequests(world, service.name, dates.length + 1);
      // As from Prometheus: complete days only.
      result.set(
        service.name,
        new Map(
          days
            .filter(d => wanted.has(d.date) && d.date < today)
            .map(d => [d.date, d.requests]),
        ),
      );
    }
    return result;
  }
}

/** What the rest of the month costs at the last 7 complete days' average. */
function remainingAtRecentRate(
  daily: Array<{ date: string; cost: number }>,
  now: Date,
): number {
  const today = now.toISOString().slice(0, 10);
  const recent = daily.filter(d => d.date < today).slice(-7);
  const rate = recent.length ? sum(recent.map(d => d.cost)) / recent.length : 0;
  const { nextMonthStart } = monthBounds(now);
  const remainingDays =
    (Date.parse(`${nextMonthStart}T00:00:00Z`) - now.getTime()) / 86_400_000;
  return rate * remainingDays;
}
