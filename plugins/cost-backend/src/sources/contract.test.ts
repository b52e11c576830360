import {
  CostExplorerClient,
  GetCostAndUsageCommand,
  GetCostForecastCommand,
} from '@aws-sdk/client-cost-explorer';
import { BudgetsClient, DescribeBudgetsCommand } from '@aws-sdk/client-budgets';
import { ConfigReader } from '@backstage/config';
import { mockClient } from 'aws-sdk-client-mock';
import { CostExplorerSource } from './CostExplorerSource';
import { DemoCostSource } from './DemoCostSource';
import { CostSource } from './types';
import dailyPage1 from './__fixtures__/getCostAndUsage-daily-page1.json';
import dailyPage2 from './__fixtures__/getCostAndUsage-daily-page2.json';
import monthly from './__fixtures__/getCostAndUsage-monthly.json';
import forecast from './__fixtures__/getCostForecast.json';
import budgets from './__fixtures__/describeBudgets.json';

// The same cases against the demo source and Cost Explorer + Budgets (SDK clients mocked):
// one collection shape, days inside the asked span, budgets scoped the same way.
const ce = mockClient(CostExplorerClient);
const budgetsMock = mockClient(BudgetsClient);
const now = new Date('2026-11-20T10:00:00Z');
const DAYS = 2;

function live(): CostSource {
  ce.on(GetCostAndUsageCommand, { Granularity: 'DAILY' })
    .resolvesOnce(dailyPage1 as any)
    .resolvesOnce(dailyPage2 as any);
  ce.on(GetCostAndUsageCommand, { Granularity: 'MONTHLY' }).resolves(
    monthly as any,
  );
  ce.on(GetCostForecastCommand).resolves(forecast as any);
  budgetsMock.on(DescribeBudgetsCommand).resolves(budgets as any);
  return new CostExplorerSource({
    accountId: '123456789012',
    tagKey: 'service',
    teamTagKey: 'team',
    amortized: false,
    days: DAYS,
    timeoutMs: 1000,
    credentials: async () => async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'x',
    }),
  });
}

const sources: Array<[string, () => CostSource]> = [
  ['demo', () => new DemoCostSource(new ConfigReader({}), DAYS)],
  ['live', live],
];

const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

describe.each(sources)('CostSource contract: %s', (_, create) => {
  beforeEach(() => {
    ce.reset();
    budgetsMock.reset();
  });

  it('collects per-service daily costs inside the asked span, ending today at the latest', async () => {
    const { services, untaggedDaily } = await create().collect(now);
    expect(services.size).toBeGreaterThan(0);
    const earliest = '2026-11-19';
    for (const { daily, byAwsService } of [...services.values()]) {
      expect(daily.length).toBeLessThanOrEqual(DAYS);
      for (const d of daily) {
        expect(isDay(d.date)).toBe(true);
        expect(d.date >= earliest && d.date <= '2026-11-20').toBe(true);
        expect(Number.isFinite(d.cost)).toBe(true);
      }
      for (const row of byAwsService) {
        expect(row).toEqual({
          awsService: expect.any(String),
          monthToDate: expect.any(Number),
          lastMonth: expect.any(Number),
        });
      }
    }
    expect(untaggedDaily.every(d => isDay(d.date))).toBe(true);
  });

  it('answers budgets scoped to a service or a team, with their spend', async () => {
    const { budgets: collected, accountForecastRemaining } =
      await create().collect(now);
    expect(collected.length).toBeGreaterThan(0);
    for (const b of collected) {
      expect(Object.keys(b).sort()).toEqual(
        ['actual', 'forecast', 'limit', 'name', 'scope', 'target'].sort(),
      );
      expect(b).toMatchObject({
        name: expect.any(String),
        scope: expect.stringMatching(/^(service|team)$/),
        target: expect.any(String),
        limit: expect.any(Number),
        actual: expect.any(Number),
      });
      expect(b.forecast === null || Number.isFinite(b.forecast)).toBe(true);
    }
    expect(
      accountForecastRemaining === null ||
        Number.isFinite(accountForecastRemaining),
    ).toBe(true);
  });
});
