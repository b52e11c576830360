import { Deploy } from '@runway/plugin-deployments-common';
import { computeDora, firstAtOrAfter, median } from './dora';

const now = new Date('2026-11-30T00:00:00Z');
let id = 0;
/** A prod deploy `daysAgo` days before now, its commit `leadHours` earlier. */
const prod = (
  daysAgo: number,
  leadHours?: number,
  extra: Partial<Deploy> = {},
): Deploy => {
  const at = now.getTime() - daysAgo * 86400_000;
  return {
    id: ++id,
    environment: 'prod',
    revision: `r${id}`,
    deployedAt: new Date(at).toISOString(),
    ...(leadHours !== undefined
      ? { commitAt: new Date(at - leadHours * 3600_000).toISOString() }
      : {}),
    kind: 'deploy',
    ...extra,
  };
};
const hoursAfter = (d: Deploy, h: number) =>
  new Date(Date.parse(d.deployedAt) + h * 3600_000).toISOString();

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median(%j) = %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('computeDora', () => {
  it('counts nothing for a service without prod deploys', () => {
    const staging: Deploy = { ...prod(1, 2), environment: 'staging' };
    expect(
      computeDora([{ deploys: [staging] }], { now, windowDays: 30 }),
    ).toMatchObject({
      windowDays: 30,
      prodDeploys: 0,
      deploysPerDay: 0,
      leadTimeHours: null,
      changeFailureRate: null,
      timeToRestoreHours: null,
      timeToRestoreMinutes: null,
      rollbackMinutes: null,
      computedFrom: {
        changeFailureRate: 'none',
        timeToRestore: 'none',
        rollbackTime: 'none',
      },
    });
  });

  it('one service: 6 deploys in 30 days, one rolled back after 30 min, one paged', () => {
    const a = prod(40, 1); // outside the window: ignored
    const b = prod(25, 2);
    const c = prod(20, 4);
    const d = prod(15, 6); // rolled back 30 minutes later
    d.rolledBackAt = hoursAfter(d, 0.5);
    const back: Deploy = {
      ...prod(15 - 0.5 / 24),
      revision: c.revision,
      kind: 'rollback',
    };
    const e = prod(10, 8); // paged 20 minutes in; restored by the next deploy 2 days later
    const f = prod(8, 10);
    const g = prod(1, 12);
    const deploys = [a, b, c, d, back, e, f, g];
    const dora = computeDora(
      [
        {
          deploys,
          pageAlertTimes: [
            hoursAfter(e, 1 / 3),
            hoursAfter(b, 5) /* too late to blame b */,
          ],
        },
      ],
      { now, windowDays: 30 },
    );
    // in window, rollbacks excluded: b c d e f g = 6 deploys; 6/30 = 0.2 a day
    // lead times 2 4 6 8 10 12 -> median (6+8)/2 = 7 h
    // failures: d (rolled back) and e (paged within 1 h) -> 2/6
    // restores: d 0.5 h, e 48 h (next prod deploy f) -> median 24.25 h
    expect(dora.prodDeploys).toBe(6);
    expect(dora.deploysPerDay).toBeCloseTo(0.2, 10);
    expect(dora.leadTimeHours).toBe(7);
    expect(dora.changeFailureRate).toBeCloseTo(1 / 3, 10);
    expect(dora.timeToRestoreHours).toBeCloseTo(24.25, 10);
  });

  it('a team: counts add up across services and medians span all of their deploys', () => {
    const s1 = [prod(3, 1), prod(2, 3)];
    const bad = prod(1, 20);
    bad.rolledBackAt = hoursAfter(bad, 2);
    const s2 = [prod(5, 5), bad];
    const s3 = [prod(4, 9)];
    const dora = computeDora(
      [{ deploys: s1 }, { deploys: s2 }, { deploys: s3 }],
      { now, windowDays: 7 },
    );
    // 5 deploys / 7 days; lead 1 3 5 9 20 -> 5; 1 failure of 5; restore 2 h
    expect(dora).toMatchObject({
      windowDays: 7,
      prodDeploys: 5,
      deploysPerDay: 5 / 7,
      leadTimeHours: 5,
      changeFailureRate: 0.2,
      timeToRestoreHours: 2,
      timeToRestoreMinutes: 120,
      rollbackMinutes: 120,
      computedFrom: { changeFailureRate: 'alerts', timeToRestore: 'deploys' },
    });
  });

  it('counts a paged deploy that was never restored as failed without a restore time', () => {
    const only = prod(0.5, 3);
    const dora = computeDora(
      [{ deploys: [only], pageAlertTimes: [hoursAfter(only, 0.25)] }],
      {
        now,
        windowDays: 1,
        alertWindowHours: 1,
      },
    );
    expect(dora.changeFailureRate).toBe(1);
    expect(dora.timeToRestoreHours).toBeNull();
  });

  it('only blames the deploy a page follows within the alert window', () => {
    const x = prod(2, 1);
    const page = hoursAfter(x, 3);
    expect(
      computeDora([{ deploys: [x], pageAlertTimes: [page] }], {
        now,
        windowDays: 7,
      }).changeFailureRate,
    ).toBe(0);
    expect(
      computeDora([{ deploys: [x], pageAlertTimes: [page] }], {
        now,
        windowDays: 7,
        alertWindowHours: 4,
      }).changeFailureRate,
    ).toBe(1);
  });

  it('finds the page after a deploy among many, in any order, edges included', () => {
    const x = prod(2, 1);
    const at = Date.parse(x.deployedAt);
    const iso = (ms: number) => new Date(ms).toISOString();
    // Pages before the deploy and after the window, unsorted, and one unreadable time.
    const others = [at - 60_000, at + 2 * 3600_000, at - 3600_000, NaN].map(t =>
      Number.isNaN(t) ? 'not a time' : iso(t),
    );
    const rate = (pages: string[]) =>
      computeDora([{ deploys: [x], pageAlertTimes: pages }], {
        now,
        windowDays: 7,
      }).changeFailureRate;
    expect(rate(others)).toBe(0);
    expect(rate([...others, iso(at)])).toBe(1);
    expect(rate([iso(at + 3600_000), ...others])).toBe(1);
    expect(rate([...others, iso(at + 3600_001)])).toBe(0);
  });

  it.each([
    [[], 5, 0],
    [[1, 3, 5, 7], 0, 0],
    [[1, 3, 5, 7], 5, 2],
    [[1, 3, 5, 7], 6, 3],
    [[1, 3, 5, 7], 8, 4],
    [[5, 5, 5], 5, 0],
  ])('firstAtOrAfter(%j, %d) is %d', (times, at, index) => {
    expect(firstAtOrAfter(times, at)).toBe(index);
  });

  it('with incidents: restore is triggered -> resolved, failures are changes an incident follows', () => {
    const x = prod(3, 1);
    const y = prod(2, 1);
    y.rolledBackAt = hoursAfter(y, 0.5);
    const flagAt = hoursAfter(prod(1), 0);
    const incidents = [
      { triggeredAt: hoursAfter(x, 0.5), resolvedAt: hoursAfter(x, 1) },
      { triggeredAt: hoursAfter(y, 0.1), resolvedAt: hoursAfter(y, 0.6) },
      // After the flag change; still open: counts as a failure, has no restore.
      { triggeredAt: new Date(Date.parse(flagAt) + 600_000).toISOString() },
    ];
    const dora = computeDora(
      [
        {
          deploys: [x, y],
          incidents,
          pageAlertTimes: [],
          flagChangeTimes: [flagAt],
        },
      ],
      { now, windowDays: 7 },
    );
    // changes: x, y, the flag change -> all three followed by an incident (or rolled back)
    expect(dora.changeFailureRate).toBe(1);
    expect(dora.timeToRestoreMinutes).toBeCloseTo(30, 10);
    expect(dora.rollbackMinutes).toBeCloseTo(30, 10);
    expect(dora.prodDeploys).toBe(2);
    expect(dora.computedFrom).toMatchObject({
      changeFailureRate: 'incidents',
      timeToRestore: 'incidents',
      rollbackTime: 'deploys',
      flagChanges: true,
    });
    expect(dora.computedFrom.note).toContain('PagerDuty incidents');
  });

  it('without incident data falls back to paging alerts and says why', () => {
    const x = prod(2, 1);
    const dora = computeDora(
      [{ deploys: [x], pageAlertTimes: [hoursAfter(x, 0.2)] }],
      { now, windowDays: 7, incidentsUnavailable: 'on-call answered 503' },
    );
    expect(dora.changeFailureRate).toBe(1);
    expect(dora.computedFrom.changeFailureRate).toBe('alerts');
    expect(dora.computedFrom.flagChanges).toBe(false);
    expect(dora.computedFrom.note).toContain('on-call answered 503');
    expect(dora.computedFrom.note).toContain('Prometheus paging alert');
  });
});
