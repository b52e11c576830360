import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { ComplianceOrigin } from '@runway/plugin-compliance-common';
import { Knex } from 'knex';
import { OriginData, OriginValue } from '../sources/types';

/** One source's last attempt, as stored. */
export interface OriginState {
  origin: ComplianceOrigin;
  sourceKind: 'demo' | 'live';
  sourceName: string;
  attemptedAt: string;
  /** Null when the source never answered. */
  succeededAt: string | null;
  /** Why the latest attempt failed; null when it succeeded. */
  error: string | null;
  account: OriginData<unknown>['account'] | null;
}

const migrationsDir = resolvePackagePath(
  '@runway/plugin-compliance-backend',
  'migrations',
);
/** SQLite limits bound variables per statement; stay well under it. */
const CHUNK = 300;

/** The refresh's results in the plugin's database; page views read nothing else. */
export class ComplianceStore {
  static async create(database: DatabaseService): Promise<ComplianceStore> {
    const knex = await database.getClient();
    if (!database.migrations?.skip) {
      await knex.migrate.latest({ directory: migrationsDir });
    }
    return new ComplianceStore(knex);
  }

  constructor(private readonly knex: Knex) {}

  /** Replaces one source's rows in a transaction, so readers never see half of it. */
  async saveSuccess(
    state: Omit<OriginState, 'succeededAt' | 'error' | 'account'>,
    data: OriginData<OriginValue>,
  ): Promise<void> {
    await this.knex.transaction(async tx => {
      await tx('compliance_results').where({ origin: state.origin }).delete();
      const rows = [...data.services].map(([tag, value]) => ({
        origin: state.origin,
        tag_value: tag,
        data: JSON.stringify(value),
      }));
      for (let i = 0; i < rows.length; i += CHUNK) {
        await tx('compliance_results').insert(rows.slice(i, i + CHUNK));
      }
      await this.writeState(tx, {
        ...state,
        succeededAt: state.attemptedAt,
        error: null,
        account: data.account ?? null,
      });
    });
  }

  /** Records a failed attempt; the source's previous rows stay, now stale. */
  async saveFailure(
    state: Omit<OriginState, 'succeededAt' | 'error' | 'account'>,
    error: string,
  ): Promise<void> {
    const previous = (await this.states()).find(s => s.origin === state.origin);
    await this.writeState(this.knex, {
      ...state,
      succeededAt: previous?.succeededAt ?? null,
      error,
      account: previous?.account ?? null,
    });
  }

  async states(): Promise<OriginState[]> {
    const rows = await this.knex('compliance_sources').select();
    return rows.map(row => ({
      origin: row.origin,
      sourceKind: row.source_kind,
      sourceName: row.source_name,
      attemptedAt: row.attempted_at,
      succeededAt: row.succeeded_at,
      error: row.error,
      account: row.account ? JSON.parse(row.account) : null,
    }));
  }

  /** Stored values per tag value, then per origin. */
  async results(
    tagValues: string[],
  ): Promise<Map<string, Partial<Record<ComplianceOrigin, OriginValue>>>> {
    const found = new Map<string, Partial<Record<ComplianceOrigin, any>>>();
    const unique = [...new Set(tagValues)];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await this.knex('compliance_results').whereIn(
        'tag_value',
        unique.slice(i, i + CHUNK),
      );
      for (const row of rows) {
        const entry = found.get(row.tag_value) ?? {};
        entry[row.origin as ComplianceOrigin] = JSON.parse(row.data);
        found.set(row.tag_value, entry);
      }
    }
    return found;
  }

  private async writeState(db: Knex | Knex.Transaction, state: OriginState) {
    await db('compliance_sources')
      .insert({
        origin: state.origin,
        source_kind: state.sourceKind,
        source_name: state.sourceName,
        attempted_at: state.attemptedAt,
        succeeded_at: state.succeededAt,
        error: state.error,
        account: state.account ? JSON.stringify(state.account) : null,
      })
      .onConflict('origin')
      .merge();
  }
}
