import { createHash } from 'crypto';
import { gzipSync } from 'zlib';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NOT_CONFIGURED_ERROR_NAME, SourceInfo } from '@runway/runway-common';
import { runwayCounter, StaleCache } from '@runway/runway-node';
import { FamilyClient } from '../sources/FamilyClient';
import {
  FAMILIES,
  Family,
  FamilyState,
  Scorecard,
  ScorecardResponse,
  Targets,
} from '@runway/plugin-scorecard-common';
import { FamilyData, joinScorecard } from './join';

export interface ScorecardPage {
  response: ScorecardResponse;
  /**
   * The response, serialised, UTF-8 encoded and gzipped once per refresh: warm page loads
   * only copy bytes (a string body was encoded again on every send).
   */
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

const CATALOG_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.owner',
  'spec.system',
  'spec.type',
];

// Read by the bench (calls to the families per build) and by production dashboards.
const pageBuilds = runwayCounter(
  'runway.scorecard.page.builds',
  'Scorecard pages built; each build reads every family once',
);

/**
 * Builds the scorecard: the catalog's services, each family's batch read once, joined.
 * The joined page is kept in memory for `cacheSeconds` (concurrent misses share one
 * build, later ones are served the previous page while it rebuilds); each family's answer also goes through a StaleCache so a family that fails
 * serves its last good answer flagged stale, and only without one is its column blank.
 */
export class ScorecardService {
  private page?: { value: ScorecardPage; expiresAt: number };
  private building?: Promise<ScorecardPage>;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      families: FamilyClient;
      familyCache: StaleCache;
      logger: LoggerService;
      targets: Targets;
      cacheSeconds: number;
      now?: () => number;
    },
  ) {}

  /**
   * The page. Once one exists, an expired page is still answered while the next one builds
   * in the background (stale-while-revalidate): only the very first load waits for the
   * families, and a failed rebuild leaves the last page in place.
   */
  async get(): Promise<ScorecardPage> {
    const now = (this.deps.now ?? Date.now)();
    if (this.page && now < this.page.expiresAt) return this.page.value;
    const build = this.rebuild();
    if (!this.page) return build;
    build.catch(error =>
      this.deps.logger.warn(
        `scorecard: rebuild failed, serving the previous page: ${error}`,
      ),
    );
    return this.page.value;
  }

  private rebuild(): Promise<ScorecardPage> {
    if (!this.building) {
      this.building = this.build()
        .then(value => {
          const now = (this.deps.now ?? Date.now)();
          this.page = { value, expiresAt: now + this.deps.cacheSeconds * 1000 };
          return value;
        })
        .finally(() => {
          this.building = undefined;
        });
    }
    return this.building;
  }

  private async services(): Promise<Entity[]> {
    try {
      const { items } = await this.deps.catalog.getEntities(
        {
          filter: { kind: 'Component', 'spec.type': 'service' },
          fields: CATALOG_FIELDS,
        },
        { credentials: await this.deps.auth.getOwnServiceCredentials() },
      );
      return items;
    } catch (error) {
      throw new ServiceUnavailableError(
        `The catalog did not list the services: ${(error as Error).message}`,
      );
    }
  }

  private async readFamily(
    family: Family,
    refs: string[],
  ): Promise<{ state: FamilyState; items?: any[] }> {
    try {
      const result = await this.deps.familyCache.get(
        `scorecard:family:${family}`,
        async () => {
          const answer = await this.deps.families.read(family, refs);
          return { source: answer.source, items: answer.items } as any;
        },
      );
      const value = result.value as { source: SourceInfo; items: any[] };
      const stale = result.stale || value.source.stale;
      const error = result.error ?? value.source.error;
      return {
        state: {
          family,
          status: stale ? 'stale' : 'ok',
          source: value.source,
          ...(error ? { error } : {}),
        },
        items: value.items,
      };
    } catch (error) {
      if ((error as Error).name === 'FamilyAbsentError') {
        // Not installed here: grey columns that say so, and no alarm on the page.
        return {
          state: { family, status: 'absent', error: (error as Error).message },
        };
      }
      if ((error as Error).name === NOT_CONFIGURED_ERROR_NAME) {
        // Off by configuration, not broken: its columns are left out and the page says why.
        return {
          state: { family, status: 'off', error: (error as Error).message },
        };
      }
      this.deps.logger.warn(
        `scorecard: ${family} failed: ${(error as Error).message}`,
      );
      return {
        state: { family, status: 'failed', error: (error as Error).message },
      };
    }
  }

  private async build(): Promise<ScorecardPage> {
    pageBuilds.add();
    const entities = await this.services();
    const refs = entities.map(e => stringifyEntityRef(e));
    const reads = await Promise.all(
      FAMILIES.map(f => this.readFamily(f, refs)),
    );
    const families = Object.fromEntries(
      reads.map(r => [r.state.family, r.state]),
    ) as Record<Family, FamilyState>;
    const byRef = (items?: Array<{ entityRef: string }>) =>
      items &&
      new Map(
        items.map(
          i => [i.entityRef.toLocaleLowerCase('en-US'), i] as [string, any],
        ),
      );
    const data: FamilyData = Object.fromEntries(
      reads.map(r => [r.state.family, byRef(r.items)]),
    );
    const generatedAt = new Date((this.deps.now ?? Date.now)()).toISOString();
    const scorecard: Scorecard = {
      generatedAt,
      targets: this.deps.targets,
      families,
      ...joinScorecard(entities, data, families, this.deps.targets),
    };
    const response: ScorecardResponse = {
      source: summarise(families, generatedAt),
      data: scorecard,
    };
    const body = Buffer.from(JSON.stringify(response));
    return {
      response,
      body,
      gzip: gzipSync(body),
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
    };
  }
}

/** One badge for the page: demo if any family is demo, stale if any family is stale or failed. */
export function summarise(
  families: Record<Family, FamilyState>,
  fetchedAt: string,
): SourceInfo {
  const states = Object.values(families);
  // An off or absent family is a choice of configuration, not trouble: the page is not stale.
  const troubled = states.filter(
    s => s.status === 'stale' || s.status === 'failed',
  );
  return {
    kind: states.some(s => s.source?.kind === 'demo') ? 'demo' : 'live',
    name: 'scorecard',
    stale: troubled.length > 0,
    fetchedAt,
    ...(troubled.length
      ? {
          error: troubled
            .map(s => `${s.family} ${s.status}${s.error ? `: ${s.error}` : ''}`)
            .join('; '),
        }
      : {}),
  };
}
