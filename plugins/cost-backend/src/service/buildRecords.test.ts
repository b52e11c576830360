import { buildRecords, toBudgetStatus } from './buildRecords';
import { CollectedCosts } from '../sources/types';

// 2026-11-03 at 12:00: today is half elapsed.
const now = new Date('2026-11-03T12:00:00Z');
const day = (date: string, cost: number) => ({ date, cost });

function collected(overrides: Partial<CollectedCosts> = {}): CollectedCosts {
  return {
    services: new Map([
      [
        'checkout-api',
        {
          daily: [
            day('2026-10-01', 100),
            day('2026-10-02', 100),
            day('2026-10-03', 80),
            day('2026-10-04', 500),
            day('2026-10-28', 100),
            day('2026-10-29', 100),
            day('2026-10-30', 100),
            day('2026-10-31', 100),
            day('2026-11-01', 100),
            day('2026-11-02', 100),
            day('2026-11-03', 60),
          ],
          byAwsService: [
            {
              awsService: 'Amazon Relational Database Service',
              monthToDate: 60,
              lastMonth: 400,
            },
            {
              awsService: 'Amazon Elastic Compute Cloud - Compute',
              monthToDate: 200,
              lastMonth: 1000,
            },
          ],
        },
      ],
    ]),
    untaggedDaily: [
      day('2026-10-28', 100),
      day('2026-11-01', 20),
      day('2026-11-02', 20),
      day('2026-11-03', 0),
    ],
    accountForecastRemaining: 1000,
    budgets: [],
    ...overrides,
  };
}

describe('buildRecords', () => {
  it('compares month to date with last month up to the same point', () => {
    const { services } = buildRecords(collected(), new Map(), now);
    const s = services[0];
    expect(s.monthToDate).toBe(260);
    // Oct 1 + Oct 2 in full, Oct 3 for half a day: 100 + 100 + 40.
    expect(s.lastMonthToDate).toBe(240);
    expect(s.changeRatio).toBeCloseTo(20 / 240, 9);
    expect(s.lastMonth).toBe(1400);
    expect(s.byAwsService.map(r => r.awsService)).toEqual([
      'Amazon Elastic Compute Cloud - Compute',
      'Amazon Relational Database Service',
    ]);
  });

  it('shares the account forecast out by the last 7 complete days of spend', () => {
    const { services, account } = buildRecords(collected(), new Map(), now);
    // The 7 days before today are Oct 27 - Nov 2; service: 6 x 100 = 600 (Oct 4 is older);
    // untagged: 100 + 20 + 20 = 140. Share 600 / 740 of 1000 remaining.
    expect(services[0].forecast).toBeCloseTo(260 + (1000 * 600) / 740, 2);
    expect(account).toMatchObject({
      untaggedMonthToDate: 40,
      taggedMonthToDate: 260,
      teamBudgets: {},
    });
  });

  it('has no forecast when Cost Explorer gave none', () => {
    const { services } = buildRecords(
      collected({ accountForecastRemaining: null }),
      new Map(),
      now,
    );
    expect(services[0].forecast).toBeNull();
  });

  it('flags a budget breached now or on course to be', () => {
    const base = {
      name: 'b',
      scope: 'service' as const,
      target: 'x',
      limit: 1000,
    };
    expect(
      toBudgetStatus({ ...base, actual: 500, forecast: 900 }),
    ).toMatchObject({ usedRatio: 0.5, breached: false });
    expect(
      toBudgetStatus({ ...base, actual: 500, forecast: 1100 }).breached,
    ).toBe(true);
    expect(
      toBudgetStatus({ ...base, actual: 1200, forecast: null }),
    ).toMatchObject({ usedRatio: 1.2, breached: true });
  });
});
