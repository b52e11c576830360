import { TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { demoWorldFromConfig } from '@runway/demo-node';
import { QUALITY_KINDS } from '../ingest/types';
import { DemoReports, demoServiceReports } from '../sources/demoReports';
import { withDemoReports } from './Reports';
import { ReportStore, StoredReport } from './ReportStore';

jest.setTimeout(60_000);

const config = new ConfigReader({ runway: { demo: { seed: 7, size: 12 } } });
const now = new Date('2026-11-20T10:30:00Z');
const world = demoWorldFromConfig(config, now);
const refs = [
  ...world.services.map(s => `component:default/${s.name}`),
  'component:default/not-in-the-world',
];
const [first, second] = refs;

/** Posted reports around the demo ones: newer, older, and one at a demo report's instant. */
function posted(): StoredReport[] {
  const demo = demoServiceReports(world, world.services[0].name).filter(
    r => r.kind === 'coverage',
  );
  const newest = demo[demo.length - 1];
  const base = {
    kind: 'coverage' as const,
    format: 'clover',
    figures: { linePct: 50, coveredLines: 1, totalLines: 2 },
    demo: false,
  };
  return [
    {
      ...base,
      id: 'a'.repeat(64),
      entityRef: first,
      measuredAt: '2027-01-01T00:00:00.000Z',
      receivedAt: '2027-01-01T00:00:00.000Z',
    },
    {
      ...base,
      id: 'b'.repeat(64),
      entityRef: second,
      measuredAt: '2020-01-01T00:00:00.000Z',
      receivedAt: '2020-01-01T00:00:00.000Z',
    },
    {
      // Measured at the same instant as second's newest demo coverage, received later.
      ...base,
      id: 'c'.repeat(64),
      entityRef: first,
      measuredAt: newest.measuredAt,
      receivedAt: '2027-02-01T00:00:00.000Z',
    },
    {
      ...base,
      id: 'd'.repeat(64),
      entityRef: refs[refs.length - 1],
      measuredAt: '2026-11-01T00:00:00.000Z',
      receivedAt: '2026-11-01T00:00:00.000Z',
    },
  ];
}

describe('withDemoReports', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  const store = async () =>
    ReportStore.create({
      getClient: async () => databases.init('SQLITE_3'),
    } as any);

  it('answers what one table holding the posted and the demo reports answers', async () => {
    // The reference: every demo report written to the table, as start-up used to seed them.
    const table = await store();
    const overlay = await store();
    for (const report of posted()) {
      await table.add(report);
      await overlay.add(report);
    }
    for (const service of world.services)
      for (const report of demoServiceReports(world, service.name))
        await table.add(report);
    const reports = withDemoReports(
      overlay,
      new DemoReports(config, () => now),
    );

    const latest = await reports.latest(refs);
    expect(latest).toEqual(await table.latest(refs));
    expect(latest.get(first)!.get('coverage')!.id).toBe('a'.repeat(64));
    expect(latest.get(second)!.get('coverage')!.demo).toBe(true);
    for (const ref of [first, second, refs[5], refs[refs.length - 1]])
      for (const kind of QUALITY_KINDS)
        for (const limit of [1, 3, 100])
          expect(await reports.history(ref, kind, limit)).toEqual(
            await table.history(ref, kind, limit),
          );
    // Nothing of the demo world was written.
    expect(await overlay.removeDemo()).toBe(0);
  });

  it('follows the world as it moves on to the next hour', async () => {
    let clock = now;
    const demo = new DemoReports(config, () => clock);
    const before = demo.reports(first, 'coverage');
    expect(before.length).toBeGreaterThan(0);
    expect(demo.reports(first, 'coverage')).toBe(before);
    clock = new Date(now.getTime() + 3600_000);
    const after = demo.reports(first, 'coverage');
    expect(after).not.toBe(before);
    expect(
      after[after.length - 1].measuredAt >=
        before[before.length - 1].measuredAt,
    ).toBe(true);
  });
});
