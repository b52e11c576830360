import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  CostFigures,
  figuresOf,
  StoredAccountCost,
  StoredServiceCost,
} from './buildRecords';

export interface RefreshState {
  sourceKind: 'demo' | 'live';
  sourceName: string;
  /** When the stored data was fetched; null when no refresh has succeeded yet. */
  fetchedAt: string | null;
  attemptedAt: string;
  /** True when the last attempt failed and the stored data is older. */
  stale: boolean;
  /** Why the last attempt failed (the stored data is then stale). */
  error: string | null;
  account: StoredAccountCost | null;
}

const migrationsDir = resolvePackagePath(
  '@runway/plugin-cost-backend',
  'migrations',
);
/** SQLite limits bound variables per statement; stay well under it. */
const CHUNK = 400;

/** The refresh's results in the plugin's database; page views read nothing else. */
export class CostStore {
  static async create(database: DatabaseService): Promise<CostStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new CostStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  /** Replaces everything in one transaction, so readers never see half a refresh. */
  async saveRefresh(
    services: StoredServiceCost[],
    state: RefreshState,
  ): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('cost_services').delete();
      const rows = services.map(s => ({
        tag_value: s.tagValue,
        data: JSON.stringify(s),
        figures: JSON.stringify(figuresOf(s)),
      }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx('cost_services').insert(rows.slice(i, i + CHUNK));
      }
      await this.writeState(tx, state);
    });
  }

  /** Records a failed attempt and keeps the previous data, which becomes stale. */
  async saveFailure(
    state: Omit<RefreshState, 'fetchedAt' | 'account' | 'stale'>,
  ): Promise<void> {
    const previous = await this.state();
    await this.writeState(this.knex, {
      ...state,
      stale: true,
      fetchedAt: previous?.fetchedAt ?? null,
      account: previous?.account ?? null,
    });
  }

  async state(): Promise<RefreshState | undefined> {
    const row = await this.knex('cost_refresh').where({ id: 1 }).first();
    if (!row) return undefined;
    return {
      sourceKind: row.source_kind,
      sourceName: row.source_name,
      fetchedAt: row.fetched_at,
      attemptedAt: row.attempted_at,
      stale: Boolean(row.stale),
      error: row.error,
      account: row.account ? JSON.parse(row.account) : null,
    };
  }

  async services(tagValues: string[]): Promise<Map<string, StoredServiceCost>> {
    const found = new Map<string, StoredServiceCost>();
    const unique = [...new Set(tagValues)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.knex('cost_services').whereIn(
        'tag_value',
        unique.slice(i, i + CHUNK),
      );
      for (const row of rows) found.set(row.tag_value, JSON.parse(row.data));
    }
    return found;
  }

  /** Each service's batch figures: a few numbers per row, not its whole record. */
  async figures(tagValues: string[]): Promise<Map<string, CostFigures>> {
    const found = new Map<string, CostFigures>();
    const unique = [...new Set(tagValues)];
    const unmigrated: string[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.knex('cost_services')
        .select('tag_value', 'figures')
        .whereIn('tag_value', unique.slice(i, i + CHUNK));
      for (const row of rows) {
        if (row.figures) found.set(row.tag_value, JSON.parse(row.figures));
        else unmigrated.push(row.tag_value);
      }
    }
    // Rows written before the figures column existed, until the next refresh rewrites them.
    for (const [tag, s] of await this.services(unmigrated))
      found.set(tag, figuresOf(s));
    return found;
  }

  async allServices(): Promise<StoredServiceCost[]> {
    const rows = await this.knex('cost_services').select('data');
    return rows.map(row => JSON.parse(row.data));
  }

  private async writeState(db: Knex | Knex.Transaction, state: RefreshState) {
    await db('cost_refresh')
      .insert({
        id: 1,
        source_kind: state.sourceKind,
        source_name: state.sourceName,
        fetched_at: state.fetchedAt,
        attempted_at: state.attemptedAt,
        stale: state.stale,
        error: state.error,
        account: state.account ? JSON.stringify(state.account) : null,
      })
      .onConflict('id')
      .merge();
  }
}
