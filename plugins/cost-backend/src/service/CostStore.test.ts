import { DatabaseService } from '@backstage/backend-plugin-api';
import { TestDatabases } from '@backstage/backend-test-utils';
import { figuresOf, StoredServiceCost } from './buildRecords';
import { CostStore } from './CostStore';

jest.setTimeout(60_000);
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const stored = (tagValue: string, monthToDate: number): StoredServiceCost => ({
  tagValue,
  daily: [
    {
      date: '2026-11-01',
      cost: monthToDate,
      requests: 1000,
      costPer1kRequests: 1,
    },
  ],
  byAwsService: [{ awsService: 'Amazon RDS', monthToDate, lastMonth: 10 }],
  monthToDate,
  lastMonthToDate: 10,
  lastMonth: 12,
  changeRatio: (monthToDate - 10) / 10,
  forecast: null,
  costPer1kRequests: 0.5,
  budget: null,
});

describe('CostStore', () => {
  it.each(databases.eachSupportedId())(
    'answers a batch from the stored figures, and rows written before them from their record, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await CostStore.create({
        getClient: async () => knex,
      } as DatabaseService);
      const services = [stored('cart-api', 20), stored('search-api', 5)];
      await store.saveRefresh(services, {
        sourceKind: 'demo',
        sourceName: 'demo',
        fetchedAt: '2026-11-20T10:00:00.000Z',
        attemptedAt: '2026-11-20T10:00:00.000Z',
        stale: false,
        error: null,
        account: null,
      });
      const rows = await knex('cost_services').select('tag_value', 'figures');
      expect(rows.every(r => typeof r.figures === 'string')).toBe(true);

      // A row the refresh wrote before the figures column existed.
      await knex('cost_services')
        .where({ tag_value: 'search-api' })
        .update({ figures: null });
      const figures = await store.figures(['cart-api', 'search-api', 'nope']);
      expect([...figures.keys()].sort()).toEqual(['cart-api', 'search-api']);
      expect(figures.get('cart-api')).toEqual(figuresOf(services[0]));
      expect(figures.get('search-api')).toEqual(figuresOf(services[1]));
      // Only the figures: no daily series or AWS services reach the batch.
      expect(figures.get('cart-api')).not.toHaveProperty('daily');
      expect(figures.get('search-api')).not.toHaveProperty('byAwsService');
    },
  );
});
