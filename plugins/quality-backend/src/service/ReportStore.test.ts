import { TestDatabases } from '@backstage/backend-test-utils';
import { ReportStore, StoredReport } from './ReportStore';

jest.setTimeout(60_000);

const ref = 'component:default/checkout-api';
const report = (
  id: string,
  measuredAt: string,
  more: Partial<StoredReport> = {},
): StoredReport => ({
  id: id.padEnd(64, '0'),
  entityRef: ref,
  kind: 'coverage',
  format: 'clover',
  measuredAt,
  receivedAt: measuredAt,
  figures: { linePct: 90, coveredLines: 9, totalLines: 10 },
  demo: false,
  ...more,
});

describe('ReportStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  const createStore = async (id: Parameters<typeof databases.init>[0]) =>
    ReportStore.create({ getClient: async () => databases.init(id) } as any);

  it.each(databases.eachSupportedId())(
    'answers the latest report of each kind per entity on %p',
    async databaseId => {
      const store = await createStore(databaseId);
      expect(await store.add(report('a', '2026-11-01T10:00:00.000Z'))).toBe(
        true,
      );
      expect(await store.add(report('a', '2026-11-01T10:00:00.000Z'))).toBe(
        false,
      );
      await store.add(report('b', '2026-11-03T10:00:00.000Z'));
      await store.add(
        report('c', '2026-11-02T10:00:00.000Z', {
          kind: 'loadTest',
          format: 'k6',
          figures: { p95Ms: 120, errorRate: 0, rps: 40, sloThresholdMs: 300 },
        }),
      );
      await store.add(
        report('d', '2026-11-05T10:00:00.000Z', {
          entityRef: 'component:default/cart-api',
        }),
      );
      const latest = await store.latest([ref, 'component:default/none']);
      expect([...latest.keys()]).toEqual([ref]);
      expect(latest.get(ref)!.get('coverage')!.id).toMatch(/^b/);
      expect(latest.get(ref)!.get('loadTest')!.figures).toEqual({
        p95Ms: 120,
        errorRate: 0,
        rps: 40,
        sloThresholdMs: 300,
      });
      expect(
        (await store.history(ref, 'coverage', 1)).map(r => r.measuredAt),
      ).toEqual(['2026-11-03T10:00:00.000Z']);
      expect((await store.history(ref, 'coverage', 10)).length).toBe(2);
    },
  );

  it.each(databases.eachSupportedId())(
    'removes the demo rows an earlier version seeded and keeps posted ones on %p',
    async databaseId => {
      const store = await createStore(databaseId);
      await store.add(report('posted', '2026-11-01T10:00:00.000Z'));
      await store.add(
        report('old', '2026-11-02T10:00:00.000Z', { demo: true }),
      );
      expect(await store.removeDemo()).toBe(1);
      expect(await store.removeDemo()).toBe(0);
      const history = await store.history(ref, 'coverage', 10);
      expect(history.map(r => [r.id.slice(0, 6), r.demo])).toEqual([
        ['posted', false],
      ]);
    },
  );
});
