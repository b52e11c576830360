import {
  createDemoWorld,
  demoBudgets,
  demoCostDates,
  demoDailyRequests,
  demoServiceCosts,
  demoUntaggedCosts,
  DEMO_AWS_SERVICES,
} from '.';

const now = new Date('2026-11-20T10:00:00Z');
const world = createDemoWorld({ now });
const total = (day: { byAwsService: Record<string, number> }) =>
  Object.values(day.byAwsService).reduce((a, b) => a + b, 0);

describe('demo costs', () => {
  it('covers 90 days ending today, deterministically', () => {
    const dates = demoCostDates(world);
    expect(dates).toHaveLength(90);
    expect(dates[89]).toBe('2026-11-20');
    expect(dates[0]).toBe('2026-08-23');
    expect(demoServiceCosts(world, 'cart-api')).toEqual(
      demoServiceCosts(createDemoWorld({ now }), 'cart-api'),
    );
  });

  it('splits spend by AWS service and only bills a database to services that have one', () => {
    for (const service of world.services) {
      const [day] = demoServiceCosts(world, service.name);
      expect(day.byAwsService[DEMO_AWS_SERVICES.compute]).toBeGreaterThan(0);
      expect(DEMO_AWS_SERVICES.database in day.byAwsService).toBe(
        service.database,
      );
      // A full day stays within the weekend discount and noise band of the base cost.
      expect(total(day)).toBeGreaterThan(
        service.baseDailyCost * 0.9 * 0.94 - 0.1,
      );
      expect(total(day)).toBeLessThan(service.baseDailyCost * 1.06 + 0.1);
    }
  });

  it('bills only the elapsed part of today (10 of 24 hours)', () => {
    const days = demoServiceCosts(world, 'cart-api');
    const base = world.services.find(s => s.name === 'cart-api')!.baseDailyCost;
    expect(total(days[89])).toBeLessThan(base * 1.06 * (10 / 24) + 0.1);
    expect(total(days[89])).toBeGreaterThan(
      base * 0.9 * 0.94 * (10 / 24) - 0.1,
    );
  });

  it('shows the scale-up as a cost spike from its day on, with unchanged traffic', () => {
    const { service, at, factor } = world.story.scaleUp;
    const days = demoServiceCosts(world, service);
    const requests = demoDailyRequests(world, service);
    const split = days.findIndex(d => d.date === at.slice(0, 10));
    expect(split).toBeGreaterThan(0);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const before = mean(days.slice(split - 14, split).map(total));
    const after = mean(days.slice(split, split + 14).map(total));
    expect(after / before).toBeGreaterThan(factor * 0.85);
    const reqBefore = mean(
      requests.slice(split - 14, split).map(r => r.requests),
    );
    const reqAfter = mean(
      requests.slice(split, split + 14).map(r => r.requests),
    );
    expect(reqAfter / reqBefore).toBeLessThan(1.15);
  });

  it('gives the story team a budget its month-to-date spend exceeds', () => {
    const { team, budgetUsd } = world.story.budgetBreach;
    const budget = demoBudgets(world).find(
      b => b.scope === 'team' && b.target === team,
    )!;
    expect(budget.limitUsd).toBe(budgetUsd);
    const mtd = world.services
      .filter(s => s.owner === team)
      .flatMap(s =>
        demoServiceCosts(world, s.name).filter(d => d.date >= '2026-11-01'),
      )
      .reduce((sum, d) => sum + total(d), 0);
    expect(mtd).toBeGreaterThan(budgetUsd);
    // The other teams stay within theirs.
    const others = demoBudgets(world).filter(
      b => b.scope === 'team' && b.target !== team,
    );
    expect(others).toHaveLength(3);
    for (const b of others) expect(b.limitUsd).toBeGreaterThan(20_000);
  });

  it('has untagged spend of about 6 % of the tagged total', () => {
    const tagged = world.services.reduce(
      (sum, s) => sum + total(demoServiceCosts(world, s.name)[10]),
      0,
    );
    const untagged = demoUntaggedCosts(world)[10].cost;
    expect(untagged / tagged).toBeGreaterThan(0.04);
    expect(untagged / tagged).toBeLessThan(0.08);
  });
});
