import { DEFAULT_TARGETS } from '../config';
import {
  availabilityStatus,
  budgetStatus,
  higherIsBetter,
  judge,
  lowerIsBetter,
  vulnStatus,
} from './colour';
import { EMPTY_RAW } from './rawMetrics';

describe('colour rules', () => {
  it.each([
    [99.95, 'green'],
    [99.9, 'green'],
    [99.85, 'amber'],
    [99.8, 'amber'],
    [99.5, 'red'],
    [null, 'none'],
  ] as const)('availability %s%% against 99.9%% is %s', (pct, status) => {
    expect(availabilityStatus(pct, 99.9)).toBe(status);
  });

  it.each([
    [30, 30, 'green'],
    [45, 30, 'amber'],
    [61, 30, 'red'],
    [0.005, 0.01, 'green'],
    [0.015, 0.01, 'amber'],
    [null, 5, 'none'],
  ] as const)(
    'lower is better: %s against %s is %s',
    (value, target, status) => {
      expect(lowerIsBetter(value, target)).toBe(status);
    },
  );

  it.each([
    [2, 'green'],
    [0.5, 'amber'],
    [0.1, 'red'],
  ] as const)(
    'deploys per day %s against 1 (amber down to weekly) is %s',
    (value, status) => {
      expect(higherIsBetter(value, 1, 1 / 7)).toBe(status);
    },
  );

  it.each([
    [0.6, 'green'],
    [0.1, 'amber'],
    [0, 'red'],
    [-0.3, 'red'],
  ] as const)('error budget left %s is %s', (left, status) => {
    expect(budgetStatus(left, 0.25)).toBe(status);
  });

  it.each([
    [0, 0, 'green'],
    [0, 3, 'amber'],
    [1, 0, 'red'],
    [null, null, 'none'],
  ] as const)(
    '%s critical and %s high vulnerabilities is %s',
    (critical, high, status) => {
      expect(vulnStatus(critical, high, 0)).toBe(status);
    },
  );

  it('judges monthly cost on growth, not on the amount, and gives its trend', () => {
    const flat = judge(
      {
        ...EMPTY_RAW,
        monthlyCostUsd: 9000,
        monthToDate: 100,
        lastMonthToDate: 100,
      },
      DEFAULT_TARGETS,
    );
    expect(flat.monthlyCost).toEqual({
      value: 9000,
      status: 'green',
      trend: 'steady',
    });
    const up = judge(
      {
        ...EMPTY_RAW,
        monthlyCostUsd: 10,
        monthToDate: 150,
        lastMonthToDate: 100,
      },
      DEFAULT_TARGETS,
    );
    expect(up.monthlyCost).toEqual({
      value: 10,
      status: 'red',
      trend: 'worsening',
    });
  });

  it('blanks the columns of a failed family with its reason and keeps the others', () => {
    const cells = judge(
      { ...EMPTY_RAW, criticalVulns: 0, highVulns: 0, deploysPerDay: 3 },
      DEFAULT_TARGETS,
      {
        security: 'the security service did not answer within 10000 ms',
      },
    );
    expect(cells.criticalVulns).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'security unavailable: the security service did not answer within 10000 ms',
    });
    expect(cells.deployFrequency).toEqual({
      value: 3,
      status: 'green',
      trend: null,
    });
  });

  it('marks latency red when the latency SLO says p95 is above its threshold', () => {
    expect(
      judge({ ...EMPTY_RAW, latencyAboveThreshold: true }, DEFAULT_TARGETS)
        .latencyP95.status,
    ).toBe('red');
  });
});
