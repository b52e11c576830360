import { DEFAULT_TARGETS } from '../config';
import {
  complianceBatch,
  flagsBatch,
  qualityBatch,
} from '../__fixtures__/families';
import { judge } from '../service/colour';
import { EMPTY_RAW, RawMetrics } from '../service/rawMetrics';
import { countStatus } from '../service/rules';
import { FAMILY_DEFINITIONS } from '.';

const refs = [
  'component:default/a',
  'component:default/b',
  'component:default/c',
];
const judged = (patch: Partial<RawMetrics>) =>
  judge({ ...EMPTY_RAW, notes: {}, ...patch }, DEFAULT_TARGETS);

describe('new columns, judged like the others', () => {
  it.each([
    [95, 'green'],
    [90, 'green'],
    [80, 'amber'],
    [72, 'amber'],
    [60, 'red'],
    [null, 'none'],
  ] as const)('test coverage %s%% against 90%% is %s', (pct, status) => {
    expect(judged({ testCoveragePct: pct }).testCoverage.status).toBe(status);
  });

  it.each([
    [280, 300, 'green'],
    [300, 300, 'green'],
    [420, 300, 'amber'],
    [500, 300, 'red'],
  ] as const)(
    'load test p95 %s ms against a %s ms SLO threshold is %s',
    (p95, threshold, status) => {
      const cell = judged({
        loadTestP95Ms: p95,
        loadTestSloRatio: p95 / threshold,
      }).loadTestP95;
      expect(cell).toMatchObject({ value: p95, status });
    },
  );

  it('shows a load test p95 without an SLO threshold grey, with the reason', () => {
    const reading = FAMILY_DEFINITIONS.quality.read({
      ...qualityBatch(refs).data.items[1],
      loadTest: {
        ...qualityBatch(refs).data.items[1].loadTest!,
        sloThresholdMs: null,
        withinSlo: null,
      },
    });
    const cell = judged({ ...reading, notes: reading.notes }).loadTestP95;
    expect(cell).toEqual({
      value: 80,
      status: 'none',
      trend: null,
      note: 'no latency SLO threshold to judge the load test against',
    });
  });

  it.each([
    [20, 20, 'green'],
    [18, 20, 'green'],
    [17, 20, 'amber'],
    [16, 20, 'red'],
  ] as const)(
    'compliance %s of %s controls against 90%% is %s',
    (passed, applicable, status) => {
      expect(
        judged({ compliancePassed: passed, complianceApplicable: applicable })
          .compliance,
      ).toMatchObject({ value: passed / applicable, status });
    },
  );

  it.each([
    [10, 'green'],
    [15, 'green'],
    [45, 'amber'],
    [60, 'amber'],
    [61, 'red'],
    [null, 'none'],
  ] as const)('backup RPO %s min against 15 min is %s', (rpo, status) => {
    expect(judged({ backupRpoMinutes: rpo }).backupRpo.status).toBe(status);
  });

  it('is red, not grey, for protected resources that never completed a backup', () => {
    const item = complianceBatch(refs).data.items[0];
    const reading = FAMILY_DEFINITIONS.compliance.read({
      ...item,
      backup: { ...item.backup!, lastBackupAt: null, rpoMinutes: null },
    });
    expect(judged({ ...reading, notes: {} }).backupRpo).toEqual({
      value: null,
      status: 'red',
      trend: null,
      note: 'protected, but no backup ever completed',
    });
  });

  it.each([
    [0, 0, 'green'],
    [2, 0, 'amber'],
    [3, 0, 'amber'],
    [4, 0, 'red'],
    [8, 4, 'amber'],
    [9, 4, 'red'],
    [null, 0, 'none'],
  ] as const)('%s stale flags against %s is %s', (count, target, status) => {
    expect(countStatus(count, target)).toBe(status);
  });
});

describe('reading the new families: unknown is not clean', () => {
  it('reads a failed quality ingest without an earlier success as no data', () => {
    const item = qualityBatch(refs).data.items[0];
    expect(
      FAMILY_DEFINITIONS.quality.read({
        ...item,
        state: {
          state: 'failed',
          at: '2026-01-02T00:00:00Z',
          error: 'Clover XML had no metrics',
        },
      }),
    ).toEqual({
      note: 'no data: last attempt failed at 2026-01-02T00:00:00Z (Clover XML had no metrics)',
    });
  });

  it('keeps serving the last success when a later attempt failed', () => {
    const item = flagsBatch(refs).data.items[0];
    expect(
      FAMILY_DEFINITIONS.flags.read({
        ...item,
        state: {
          state: 'failed',
          at: '2026-01-02T00:00:00Z',
          lastSuccessAt: '2026-01-01T00:00:00Z',
        },
      }),
    ).toEqual({ staleFlags: 2 });
  });

  it('tells a service without an Unleash project from one Unleash was never read for', () => {
    const item = flagsBatch(refs).data.items[2];
    expect(FAMILY_DEFINITIONS.flags.read(item).note).toBe(
      'no Unleash project annotated (unleash.io/project)',
    );
    expect(
      FAMILY_DEFINITIONS.flags.read({ ...item, project: 'shop' }).note,
    ).toBe('never measured: Unleash not read yet');
  });

  it('says a service with coverage but no load test has never been load tested', () => {
    const item = qualityBatch(refs).data.items[1];
    const reading = FAMILY_DEFINITIONS.quality.read({
      ...item,
      loadTest: null,
    });
    expect(reading.testCoveragePct).toBe(93);
    expect(reading.notes?.loadTestP95).toBe(
      'never measured: no load test ingested',
    );
  });

  it('gives no compliance score when no control applies, and says so', () => {
    const item = complianceBatch(refs).data.items[1];
    const reading = FAMILY_DEFINITIONS.compliance.read({
      ...item,
      score: null,
      passedControls: 0,
      applicableControls: 0,
      backup: null,
    });
    const cells = judged({ ...reading, notes: reading.notes });
    expect(cells.compliance.note).toBe('no control applies to its resources');
    expect(cells.backupRpo.note).toBe('no resource under AWS Backup');
  });
});
