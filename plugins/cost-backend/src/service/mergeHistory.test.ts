import { mergeHistory } from './mergeHistory';
import { StoredServiceCost } from './buildRecords';

const stored = (tagValue: string, days: Array<[string, number]>) =>
  ({
    tagValue,
    daily: days.map(([date, cost]) => ({
      date,
      cost,
      requests: null,
      costPer1kRequests: null,
    })),
  } as StoredServiceCost);

describe('mergeHistory', () => {
  it('keeps stored days before `since`, takes fresh ones from it, and drops days out of the window', () => {
    const merged = mergeHistory(
      {
        services: new Map([
          [
            'a',
            {
              daily: [
                { date: '2026-11-13', cost: 7 },
                { date: '2026-11-14', cost: 8 },
              ],
              byAwsService: [],
            },
          ],
        ]),
        untaggedDaily: [{ date: '2026-11-13', cost: 1 }],
        accountForecastRemaining: null,
        budgets: [],
      },
      [
        stored('a', [
          ['2026-08-01', 99],
          ['2026-11-11', 5],
          ['2026-11-12', 6],
          ['2026-11-13', 70],
        ]),
        stored('gone', [['2026-11-01', 3]]),
        stored('empty', [['2026-11-01', 0]]),
      ],
      {
        untaggedDaily: [
          { date: '2026-11-12', cost: 2 },
          { date: '2026-11-13', cost: 20 },
        ],
        untaggedMonthToDate: 0,
        taggedMonthToDate: 0,
        teamBudgets: {},
      },
      '2026-11-13',
      '2026-08-23',
    );
    expect(merged.services.get('a')!.daily).toEqual([
      { date: '2026-11-11', cost: 5 },
      { date: '2026-11-12', cost: 6 },
      { date: '2026-11-13', cost: 7 },
      { date: '2026-11-14', cost: 8 },
    ]);
    expect(merged.services.get('gone')).toEqual({
      daily: [{ date: '2026-11-01', cost: 3 }],
      byAwsService: [],
    });
    expect(merged.services.has('empty')).toBe(false);
    expect(merged.untaggedDaily).toEqual([
      { date: '2026-11-12', cost: 2 },
      { date: '2026-11-13', cost: 1 },
    ]);
  });
});
