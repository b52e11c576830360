import { TestDatabases } from '@backstage/backend-test-utils';
import { FindingStore } from './FindingStore';

jest.setTimeout(60_000);

describe('security_service_scans', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'keeps the last success through failures on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await FindingStore.create({ getClient: async () => knex });
      const ref = 'component:default/catalog-api';
      expect(await store.serviceScansFor([ref])).toEqual([]);

      await store.recordServiceScan({
        entityRef: ref,
        at: '2026-11-20T10:00:00.000Z',
        error: 'aws:image: ECR DescribeImages timed out',
      });
      expect(await store.serviceScansFor([ref])).toEqual([
        {
          entityRef: ref,
          lastAttemptAt: '2026-11-20T10:00:00.000Z',
          lastError: 'aws:image: ECR DescribeImages timed out',
          lastSuccessAt: undefined,
        },
      ]);

      await store.recordServiceScan({
        entityRef: ref,
        at: '2026-11-20T11:00:00.000Z',
      });
      await store.recordServiceScan({
        entityRef: ref,
        at: '2026-11-20T12:00:00.000Z',
        error: 'aws:securityhub: denied',
      });
      expect(
        await store.serviceScansFor([ref, 'component:default/other']),
      ).toEqual([
        {
          entityRef: ref,
          lastAttemptAt: '2026-11-20T12:00:00.000Z',
          lastError: 'aws:securityhub: denied',
          lastSuccessAt: '2026-11-20T11:00:00.000Z',
        },
      ]);

      await store.recordServiceScan({
        entityRef: ref,
        at: '2026-11-20T13:00:00.000Z',
      });
      expect((await store.serviceScansFor([ref]))[0]).toEqual({
        entityRef: ref,
        lastAttemptAt: '2026-11-20T13:00:00.000Z',
        lastError: undefined,
        lastSuccessAt: '2026-11-20T13:00:00.000Z',
      });
    },
  );
});
