import { DatabaseService } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { PrometheusClient } from '@runway/runway-node';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import { CostExplorerSource } from '../sources/CostExplorerSource';
import { PrometheusRequestSource } from '../sources/PrometheusRequestSource';
import { fakeCostExplorer } from '../__testUtils__/fakeCostExplorer';
import { CostRefresher } from './CostRefresher';
import { CostService } from './CostService';
import { CostStore } from './CostStore';

jest.setTimeout(60_000);
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const now = new Date('2026-11-20T10:00:00Z');

async function setup(services: number, clock = { now }) {
  const fake = fakeCostExplorer(services);
  const knex = await databases.init('SQLITE_3');
  const store = await CostStore.create({
    getClient: async () => knex,
  } as DatabaseService);
  const costs = new CostExplorerSource({
    accountId: '123456789012',
    tagKey: 'service',
    teamTagKey: 'team',
    amortized: false,
    days: 90,
    timeoutMs: 5000,
    credentials: async () => async () => ({
      accessKeyId: 'a',
      secretAccessKey: 'b',
    }),
  });
  const prometheus: jest.Mocked<PrometheusClient> = {
    query: jest.fn(),
    alerts: jest.fn(),
    queryRange: jest.fn(
      async (_promql: string, _start: Date, _end: Date, _step: number) =>
        fake.names.map(name => ({
          metric: { service: name },
          values: [
            [Date.parse('2026-11-20T00:00:00Z') / 1000, '5000'],
          ] as Array<[number, string]>,
        })),
    ),
  };
  const requests = new PrometheusRequestSource(prometheus, {
    metric: 'http_requests_total',
    serviceLabel: 'service',
  });
  const refresher = new CostRefresher({
    costs,
    requests,
    store,
    logger: mockServices.logger.mock(),
    days: 90,
    now: () => clock.now,
  });
  const entities = fake.names.map(name => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'aws.amazon.com/cost-insights-tags': `service=${name}` },
    },
    spec: { owner: 'team-a' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
  }));
  const service = new CostService(
    store,
    catalogServiceMock({ entities }),
    mockServices.permissions(),
    'service',
  );
  return { fake, refresher, service, prometheus, store };
}

const ceCalls = (fake: ReturnType<typeof fakeCostExplorer>) =>
  fake.ce.calls().length;

describe('refresh and page views', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    // 90 days x (12 tags + untagged) = 1,170 daily groups -> 2 pages; 2 months x (12 x 4 + 1)
    // = 98 monthly groups -> 1 page; 1 forecast. Budgets: 12 -> 1 page.
    [12, 4, 1],
    // 90 x 501 = 45,090 daily groups -> 46 pages; 2 x 2,001 = 4,002 -> 5 pages; 1 forecast.
    // Budgets: 500 -> 5 pages of 100.
    [500, 52, 5],
  ])(
    'refreshes %i services with %i Cost Explorer calls and %i Budgets calls',
    async (size, ceExpected, budgetsExpected) => {
      const { fake, refresher, service, prometheus } = await setup(size);
      await refresher.refresh();
      expect(ceCalls(fake)).toBe(ceExpected);
      expect(fake.budgets.calls()).toHaveLength(budgetsExpected);
      expect(prometheus.queryRange).toHaveBeenCalledTimes(1);

      const credentials = mockCredentials.user();
      const tab = await service.entityCost(
        'component:default/svc-1',
        credentials,
      );
      expect(tab.data.monthToDate).toBeGreaterThan(0);
      expect(tab.data.daily).toHaveLength(90);
      expect(tab.data.daily[88]).toMatchObject({
        date: '2026-11-19',
        cost: 10,
        requests: 5000,
        costPer1kRequests: 2,
      });
      const batch = await service.batch(
        fake.names.map(n => `component:default/${n}`),
        credentials,
      );
      expect(batch.data.items.every(item => item.status === 'ok')).toBe(true);
      const team = await service.teamCosts(
        ['group:default/team-a'],
        credentials,
      );
      expect(team.data.items[0].services).toHaveLength(size);

      // Page views read the database only.
      expect(ceCalls(fake)).toBe(ceExpected);
      expect(fake.budgets.calls()).toHaveLength(budgetsExpected);
      expect(prometheus.queryRange).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    // 8 days (7 Cost Explorer may revise + today) x 13 groups = 104 -> 1 page; monthly 1; forecast 1.
    [12, 3],
    // 8 x 501 = 4,008 -> 5 pages; monthly 5; forecast 1.
    [500, 11],
  ])(
    'a later refresh of %i services re-reads recent days only: %i Cost Explorer calls',
    async (size, expected) => {
      const clock = { now };
      const { fake, refresher, service } = await setup(size, clock);
      await refresher.refresh();
      fake.ce.resetHistory();
      clock.now = new Date(now.getTime() + 8 * 3600_000);
      await refresher.refresh();
      expect(ceCalls(fake)).toBe(expected);
      const daily = fake.ce.commandCalls(GetCostAndUsageCommand, {
        Granularity: 'DAILY',
      });
      expect(daily[0].args[0].input.TimePeriod).toEqual({
        Start: '2026-11-13',
        End: '2026-11-21',
      });
      // The stored older days fill the rest of the 90-day window.
      const tab = await service.entityCost(
        'component:default/svc-3',
        mockCredentials.user(),
      );
      expect(tab.data.daily).toHaveLength(90);
      expect(tab.data.daily.every(d => d.cost === 10)).toBe(true);
      expect(tab.source.fetchedAt).toBe(clock.now.toISOString());
    },
  );

  it('keeps the previous data, flagged stale, when a refresh fails', async () => {
    const { fake, refresher, service } = await setup(12);
    await refresher.refresh();
    fake.ce.reset();
    fake.ce.rejects(
      Object.assign(new Error('Rate exceeded'), {
        name: 'LimitExceededException',
      }),
    );
    await refresher.refresh();
    const tab = await service.entityCost(
      'component:default/svc-2',
      mockCredentials.user(),
    );
    expect(tab.source).toMatchObject({
      kind: 'live',
      stale: true,
      fetchedAt: now.toISOString(),
    });
    expect(tab.source.error).toMatch(/was throttled by AWS/);
    expect(tab.data.monthToDate).toBeGreaterThan(0);
  });

  it('answers 503 before the first refresh rather than calling Cost Explorer', async () => {
    const { fake, service } = await setup(12);
    await expect(
      service.entityCost('component:default/svc-1', mockCredentials.user()),
    ).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
    });
    expect(ceCalls(fake)).toBe(0);
  });

  it('stores costs without cost per request when Prometheus fails', async () => {
    const { refresher, service, prometheus } = await setup(12);
    prometheus.queryRange.mockRejectedValue(new Error('Prometheus timed out'));
    await refresher.refresh();
    const tab = await service.entityCost(
      'component:default/svc-1',
      mockCredentials.user(),
    );
    expect(tab.source.stale).toBe(false);
    expect(tab.source.error).toMatch(/Request counts unavailable/);
    expect(tab.data.costPer1kRequests).toBeNull();
    expect(tab.data.daily.every(d => d.requests === null)).toBe(true);
  });
});
