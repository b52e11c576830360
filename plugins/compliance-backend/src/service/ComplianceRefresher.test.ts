import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { GetFindingsCommand } from '@aws-sdk/client-securityhub';
import { ListProtectedResourcesCommand } from '@aws-sdk/client-backup';
import { ACCOUNT, fakeAccount, REGION } from '../__testUtils__/fakeAccount';
import { AwsComplianceSource } from '../sources/aws/AwsComplianceSource';
import { ComplianceRefresher } from './ComplianceRefresher';
import { ComplianceStore } from './ComplianceStore';
import { sourceInfo } from './ComplianceService';
import { summarize } from './summarize';

jest.setTimeout(60_000);

const targets = { rpoTargetMinutes: 15, rtoTargetMinutes: 60 };
const first = new Date('2026-12-02T05:00:00Z');
const second = new Date('2026-12-02T06:00:00Z');
const services = ['cart-api', 'search-api'];

describe('ComplianceRefresher', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let account: ReturnType<typeof fakeAccount> | undefined;
  afterEach(() => account?.restore());

  async function setup(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await ComplianceStore.create({ getClient: async () => knex });
    let now = first;
    const refresher = new ComplianceRefresher({
      source: new AwsComplianceSource({
        accountId: ACCOUNT,
        region: REGION,
        tagKey: 'service',
        timeoutMs: 100,
        credentials: async () => async () => ({
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'secret',
        }),
      }),
      store,
      logger: mockServices.logger.mock(),
      now: () => now,
    });
    return { store, refresher, setNow: (d: Date) => (now = d) };
  }

  const read = async (store: ComplianceStore, tag: string) =>
    summarize(
      `component:default/${tag}`,
      (await store.results([tag])).get(tag),
      await store.states(),
      targets,
    );

  it.each(databases.eachSupportedId())(
    'stores a refresh on %p and serves it with no AWS call',
    async databaseId => {
      const { store, refresher } = await setup(databaseId);
      account = fakeAccount({ services, now: first, failing: ['cart-api'] });
      expect(await refresher.refresh()).toEqual({ failed: [] });
      const before = account.calls();
      const cart = await read(store, 'cart-api');
      expect(account.calls()).toBe(before);
      expect(cart.state).toEqual({
        state: 'ok',
        at: first.toISOString(),
        lastSuccessAt: first.toISOString(),
      });
      // 4 Security Hub controls and 5 Config rules, RDS.3 failing.
      expect(cart.applicableControls).toBe(9);
      expect(cart.passedControls).toBe(8);
      expect(cart.failing.map(f => f.controlId)).toEqual(['RDS.3']);
      expect(cart.backup).toMatchObject({ rpoMinutes: 5, restoreMinutes: 40 });
      expect(cart.cloudTrailLogging).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a throttled source data as stale with failed at T (why) on %p, and replaces the others',
    async databaseId => {
      const { store, refresher, setNow } = await setup(databaseId);
      account = fakeAccount({ services, now: first, failing: ['cart-api'] });
      await refresher.refresh();
      account.restore();

      // An hour later RDS.3 is fixed and backups moved on, but Security Hub throttles.
      account = fakeAccount({ services, now: second });
      account.securityHub.on(GetFindingsCommand).rejects(
        Object.assign(new Error('Rate exceeded'), {
          name: 'ThrottlingException',
          $metadata: { httpStatusCode: 400 },
        }),
      );
      setNow(second);
      expect(await refresher.refresh()).toEqual({ failed: ['securityhub'] });

      const cart = await read(store, 'cart-api');
      const why =
        'Security Hub GetFindings was throttled by AWS (ThrottlingException); the next scheduled refresh will try again';
      expect(cart.sources.securityhub).toEqual({
        state: 'failed',
        at: second.toISOString(),
        error: why,
        lastSuccessAt: first.toISOString(),
      });
      expect(cart.state).toMatchObject({
        state: 'failed',
        at: second.toISOString(),
        error: `securityhub: ${why}`,
      });
      // Security Hub's previous answer is kept (RDS.3 still failing), Backup's is new.
      expect(cart.failing.map(f => f.controlId)).toEqual(['RDS.3']);
      expect(cart.backup?.rpoMinutes).toBe(5);
      expect(sourceInfo(await store.states())).toMatchObject({
        kind: 'live',
        stale: true,
        fetchedAt: first.toISOString(),
        error: `securityhub failed at ${second.toISOString()} (${why})`,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'records a source that never answered as failed without data on %p',
    async databaseId => {
      const { store, refresher } = await setup(databaseId);
      account = fakeAccount({ services, now: first });
      account.backup
        .on(ListProtectedResourcesCommand)
        .callsFake(() => new Promise(() => {}));
      await refresher.refresh();
      const cart = await read(store, 'cart-api');
      expect(cart.sources.backup).toEqual({
        state: 'failed',
        at: first.toISOString(),
        error: 'AWS Backup ListProtectedResources timed out',
      });
      expect(cart.backup).toBeNull();
      expect(cart.state.lastSuccessAt).toBeUndefined();
    },
  );
});
