import {
  costPer1k,
  joinRequests,
  sumSeries,
  windowCostPer1k,
} from './costPerRequest';

describe('cost per 1,000 requests', () => {
  // Hand-computed: cost / requests * 1000.
  it.each([
    [120, 60_000, 2],
    [0.5, 1_000, 0.5],
    [99.99, 3_333_000, 0.03],
    [250, 1, 250_000],
    [0, 10_000, 0],
  ])('cost %p over %p requests -> %p', (cost, requests, expected) => {
    expect(costPer1k(cost, requests)).toBeCloseTo(expected, 6);
  });

  it.each([
    [42, 0], // no request served: no figure, not Infinity
    [42, null], // count unknown
  ])('cost %p over %p requests -> null', (cost, requests) => {
    expect(costPer1k(cost, requests)).toBeNull();
  });

  it('weighs days by their traffic over a 7-day window', () => {
    // Days 1..8; the window takes days 2..8 (the last 7 with counts).
    const costs = [1000, 100, 100, 100, 100, 100, 100, 400].map((cost, i) => ({
      date: `2026-11-0${i + 1}`,
      cost,
    }));
    const counts = new Map(
      [1, 2, 3, 4, 5, 6, 7, 8].map(d => [
        `2026-11-0${d}`,
        d === 8 ? 100_000 : 50_000,
      ]),
    );
    const days = joinRequests(costs, counts);
    // (6 x 100 + 400) / (6 x 50,000 + 100,000) x 1000 = 1000 / 400,000 x 1000 = 2.5
    expect(windowCostPer1k(days)).toBeCloseTo(2.5, 9);
    expect(days[7].costPer1kRequests).toBeCloseTo(4, 9);
    expect(days[0].costPer1kRequests).toBeCloseTo(20, 9);
  });

  it('skips days without a count and gives null when the window served nothing', () => {
    const days = joinRequests(
      [
        { date: '2026-11-01', cost: 10 },
        { date: '2026-11-02', cost: 30 },
        { date: '2026-11-03', cost: 5 },
      ],
      new Map([
        ['2026-11-01', 0],
        ['2026-11-02', 0],
      ]),
    );
    expect(days.map(d => d.requests)).toEqual([0, 0, null]);
    expect(days.map(d => d.costPer1kRequests)).toEqual([null, null, null]);
    expect(windowCostPer1k(days)).toBeNull();
    expect(
      windowCostPer1k(
        joinRequests([{ date: '2026-11-01', cost: 3 }], undefined),
      ),
    ).toBeNull();
  });

  it('sums a team series day by day', () => {
    const a = joinRequests(
      [
        { date: '2026-11-01', cost: 30 },
        { date: '2026-11-02', cost: 10 },
      ],
      new Map([['2026-11-01', 10_000]]),
    );
    const b = joinRequests(
      [
        { date: '2026-11-01', cost: 10 },
        { date: '2026-11-02', cost: 20 },
      ],
      new Map([
        ['2026-11-01', 30_000],
        ['2026-11-02', 0],
      ]),
    );
    expect(sumSeries([a, b])).toEqual([
      // (30 + 10) / (10,000 + 30,000) x 1000 = 1
      { date: '2026-11-01', cost: 40, requests: 40_000, costPer1kRequests: 1 },
      // a's count unknown, b's zero: 0 requests known -> null
      { date: '2026-11-02', cost: 30, requests: 0, costPer1kRequests: null },
    ]);
  });
});
