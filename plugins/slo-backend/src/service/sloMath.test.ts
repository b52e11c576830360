import { BurnWindow } from '@runway/plugin-slo-common';
import {
  budgetBurnDown,
  budgetFromPeriodRatio,
  burnRate,
  chooseStep,
  errorBudget,
  errorRatio,
  sloStatus,
  windowSeconds,
} from './sloMath';

describe('errorBudget', () => {
  it.each([
    [99.9, 0.001],
    [99.5, 0.005],
    [99.95, 0.0005],
    [95, 0.05],
  ])('objective %p%% allows an error ratio of %p', (objective, budget) => {
    expect(errorBudget(objective)).toBe(budget);
  });

  it.each([100, 0, 101, NaN])('rejects objective %p as invalid', objective => {
    expect(() => errorBudget(objective)).toThrow(
      'SLO objective must be above 0 and below 100 percent',
    );
  });
});

describe('error ratio, burn rate and budget (hand-computed)', () => {
  // errors, total, objective -> ratio, burn, sli, consumed, remaining
  it.each([
    [50, 100_000, 99.9, 0.0005, 0.5, 0.9995, 0.5, 0.5],
    [300, 100_000, 99.9, 0.003, 3, 0.997, 3, -2],
    [0, 20_000, 99.5, 0, 0, 1, 0, 1],
    [144, 10_000, 99.9, 0.0144, 14.4, 0.9856, 14.4, -13.4],
    [25, 1_000, 95, 0.025, 0.5, 0.975, 0.5, 0.5],
  ])(
    '%p errors of %p at %p%%',
    (errors, total, objective, ratio, burn, sli, consumed, remaining) => {
      const budget = errorBudget(objective);
      const r = errorRatio(errors, total);
      expect(r).toBeCloseTo(ratio, 12);
      expect(burnRate(r, budget)).toBeCloseTo(burn, 9);
      const b = budgetFromPeriodRatio(r, budget);
      expect(b.sli).toBeCloseTo(sli, 12);
      expect(b.consumed).toBeCloseTo(consumed, 9);
      expect(b.remaining).toBeCloseTo(remaining, 9);
    },
  );

  it('treats a window with no traffic as unknown, not as perfect', () => {
    expect(errorRatio(0, 0)).toBeNull();
    expect(burnRate(null, 0.001)).toBeNull();
    expect(budgetFromPeriodRatio(null, 0.001)).toEqual({
      sli: null,
      consumed: null,
      remaining: null,
    });
  });
});

describe('sloStatus', () => {
  const rates = (r: Partial<Record<BurnWindow, number | null>>) => ({
    '5m': 0,
    '30m': 0,
    '1h': 0,
    '2h': 0,
    '6h': 0,
    '1d': 0,
    '3d': 0,
    ...r,
  });
  it.each([
    [{ '1h': 14.4, '5m': 14.4 }, 'page'],
    [{ '1h': 20, '5m': 14.3 }, 'ok'], // long window alone does not page
    [{ '1h': 14.3, '5m': 50, '30m': 50 }, 'ok'],
    [{ '6h': 6, '30m': 6 }, 'page'],
    [{ '6h': 6, '30m': 5.9, '1d': 3, '2h': 3 }, 'ticket'],
    [{ '3d': 1, '6h': 1 }, 'ticket'],
    [{ '3d': 0.99, '6h': 5 }, 'ok'],
    [{ '3d': 1, '6h': null }, 'ok'], // no traffic in the short window burns nothing
  ] as Array<[Partial<Record<BurnWindow, number | null>>, string]>)(
    '%j -> %s',
    (r, expected) => {
      expect(sloStatus(rates(r))).toBe(expected);
    },
  );

  it('is no-data when no window saw traffic', () => {
    const none = rates({});
    for (const k of Object.keys(none)) (none as any)[k] = null;
    expect(sloStatus(none)).toBe('no-data');
  });
});

describe('budgetBurnDown', () => {
  it('spends the budget in proportion to errors, weighted by traffic', () => {
    // budget 0.01; total events 400 -> 4 errors allowed.
    // slice 1: 100 req at 1% = 1 error -> 3/4 left; slice 2: no traffic; slice 3: 300 req at 1% = 3 errors -> 0 left
    const points = budgetBurnDown(
      [
        { t: 0, ratio: 0.01, weight: 100 },
        { t: 3600, ratio: null, weight: 0 },
        { t: 7200, ratio: 0.01, weight: 300 },
      ],
      0.01,
    );
    expect(points.map(p => p.t)).toEqual([
      '1970-01-01T00:00:00.000Z',
      '1970-01-01T01:00:00.000Z',
      '1970-01-01T02:00:00.000Z',
    ]);
    expect(points[0].remaining).toBeCloseTo(0.75, 12);
    expect(points[1].remaining).toBeCloseTo(0.75, 12);
    expect(points[2].remaining).toBeCloseTo(0, 12);
  });

  it('draws nothing when the window had no traffic at all', () => {
    expect(budgetBurnDown([{ t: 0, ratio: null, weight: 0 }], 0.001)).toEqual(
      [],
    );
  });
});

describe('chooseStep', () => {
  it('aims at 720 points over 30 days (hourly)', () => {
    expect(chooseStep(30 * 86400)).toBe(3600);
  });
  it('never asks for more than 11,000 points', () => {
    const range = 400 * 86400;
    const step = chooseStep(range, 1_000_000);
    expect(Math.floor(range / step) + 1).toBeLessThanOrEqual(11_000);
  });
  it('keeps the minimum step on short ranges', () => {
    expect(chooseStep(3600)).toBe(60);
  });
});

describe('windowSeconds', () => {
  it.each([
    ['5m', 300],
    ['1h', 3600],
    ['3d', 259200],
    ['30d', 2592000],
  ])('%s', (w, s) => {
    expect(windowSeconds(w)).toBe(s);
  });
  it('rejects garbage', () =>
    expect(() => windowSeconds('1y2')).toThrow('unsupported window'));
});
