import { TestDatabases } from '@backstage/backend-test-utils';
import { FindingStore } from './FindingStore';
import { ScannedFinding } from './types';

jest.setTimeout(60_000);

const ref = 'component:default/catalog-api';
const openssl: ScannedFinding = {
  source: 'container',
  scanner: 'inspector',
  severity: 'critical',
  title: 'CVE-2024-5535 - openssl',
  vulnerabilityId: 'CVE-2024-5535',
  packageName: 'openssl',
  installedVersion: '3.0.11',
  fixedVersion: '3.0.13',
  target: 'catalog-api@sha256:aaa',
  firstSeen: '2026-10-21T10:00:00.000Z',
};
const glibc: ScannedFinding = {
  ...openssl,
  severity: 'high',
  vulnerabilityId: 'CVE-2024-2961',
  packageName: 'glibc',
  firstSeen: undefined,
};

describe('FindingStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await FindingStore.create({ getClient: async () => knex });
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'keeps history across scans on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.replaceOrigin(
        ref,
        'aws:image',
        [openssl, glibc],
        '2026-11-01T00:00:00.000Z',
      );
      // A rebuilt image (new digest) still has openssl: same finding, first seen kept.
      await store.replaceOrigin(
        ref,
        'aws:image',
        [{ ...openssl, target: 'catalog-api@sha256:bbb' }],
        '2026-11-10T00:00:00.000Z',
      );

      const [a, b] = (await store.findingsFor([ref])).sort((x, y) =>
        x.severity.localeCompare(y.severity),
      );
      expect(a).toMatchObject({
        vulnerabilityId: 'CVE-2024-5535',
        firstSeen: '2026-10-21T10:00:00.000Z',
        lastSeen: '2026-11-10T00:00:00.000Z',
        target: 'catalog-api@sha256:bbb',
      });
      expect(a.fixedAt).toBeUndefined();
      // glibc disappeared from the scan: fixed at that scan.
      expect(b).toMatchObject({
        vulnerabilityId: 'CVE-2024-2961',
        firstSeen: '2026-11-01T00:00:00.000Z',
        fixedAt: '2026-11-10T00:00:00.000Z',
      });

      // It comes back: open again, first seen unchanged.
      await store.replaceOrigin(
        ref,
        'aws:image',
        [openssl, glibc],
        '2026-11-12T00:00:00.000Z',
      );
      const again = (await store.findingsFor([ref])).find(
        f => f.packageName === 'glibc',
      )!;
      expect(again.fixedAt).toBeUndefined();
      expect(again.firstSeen).toBe('2026-11-01T00:00:00.000Z');
      expect(await store.entityRefs()).toEqual([ref]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps streams apart on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.replaceOrigin(
        ref,
        'aws:image',
        [openssl],
        '2026-11-01T00:00:00.000Z',
      );
      await store.replaceOrigin(
        ref,
        'report:trivy:trivy',
        [],
        '2026-11-02T00:00:00.000Z',
      );
      const [f] = await store.findingsFor([ref]);
      expect(f.fixedAt).toBeUndefined();
      expect(f.origin).toBe('aws:image');
    },
  );

  it.each(databases.eachSupportedId())(
    'writes a report and its findings together or not at all on %p',
    async databaseId => {
      const { store, knex } = await createStore(databaseId);
      const report = {
        id: 'a'.repeat(64),
        entityRef: ref,
        format: 'trivy' as const,
        scanner: 'trivy',
        receivedAt: '2026-11-20T00:00:00.000Z',
        findingCount: 2,
      };
      // The second finding fails after the report row and the first finding were written:
      // the transaction must roll both back.
      const broken = { ...glibc };
      Object.defineProperty(broken, 'target', {
        get() {
          throw new Error('disk on fire');
        },
      });
      await expect(
        store.ingestReport(report, 'report:trivy:trivy', [openssl, broken]),
      ).rejects.toThrow('disk on fire');
      expect(await store.report(report.id)).toBeUndefined();
      expect(
        Number((await knex('security_findings').count({ n: '*' }).first())!.n),
      ).toBe(0);
      expect(await store.scansFor([ref])).toEqual([]);

      await store.ingestReport(report, 'report:trivy:trivy', [openssl, glibc]);
      expect(await store.report(report.id)).toMatchObject({
        findingCount: 2,
        format: 'trivy',
      });
      expect(await store.findingsFor([ref])).toHaveLength(2);
      expect(await store.scansFor([ref])).toEqual([
        {
          entityRef: ref,
          origin: 'report:trivy:trivy',
          lastSuccessAt: report.receivedAt,
          lastAttemptAt: report.receivedAt,
          error: undefined,
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'records scan failures without losing the last success on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.recordScan({
        entityRef: ref,
        origin: 'aws:image',
        lastAttemptAt: 't1',
        lastSuccessAt: 't1',
      });
      await store.recordScan({
        entityRef: ref,
        origin: 'aws:image',
        lastAttemptAt: 't2',
        error: 'throttled',
      });
      expect(await store.scansFor([ref])).toEqual([
        {
          entityRef: ref,
          origin: 'aws:image',
          lastSuccessAt: 't1',
          lastAttemptAt: 't2',
          error: 'throttled',
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'sets and clears a suppression on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.replaceOrigin(
        ref,
        'aws:image',
        [openssl],
        '2026-11-01T00:00:00.000Z',
      );
      const [f] = await store.findingsFor([ref]);
      await store.setSuppression(f.id, {
        reason: 'not reachable',
        expiresAt: '2026-12-01T00:00:00.000Z',
        by: 'user:default/guest',
      });
      expect((await store.finding(f.id))?.suppression).toEqual({
        reason: 'not reachable',
        expiresAt: '2026-12-01T00:00:00.000Z',
        by: 'user:default/guest',
      });
      await store.setSuppression(f.id, undefined);
      expect((await store.finding(f.id))?.suppression).toBeUndefined();
    },
  );
});
