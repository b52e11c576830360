import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonValue } from '@backstage/types';
import {
  OncallAlert,
  OncallAlertDetailResponse,
  OncallAlertsResponse,
  OncallBatchResponse,
  RunbookBatchResponse,
  RunbookListResponse,
} from '@runway/plugin-oncall-common';
import { SourceInfo } from '@runway/runway-common';
import {
  cachedSourceInfo,
  StaleCache,
  warnUpstreamFailure,
} from '@runway/runway-node';
import { AlertSource, RawAlert } from '../sources/AlertSource';
import { matchAlerts, serviceOf } from './matchAlerts';
import { RunbookReader } from './RunbookReader';

export interface AlertFilter {
  entityRefs?: string[];
  owners?: string[];
}

/** The on-call family's logic; it does not care whether alerts come from Prometheus, Alertmanager or the demo. */
export class OncallService {
  constructor(
    private readonly deps: {
      source: AlertSource;
      catalog: CatalogService;
      runbooks: RunbookReader;
      /** Its caches get none: each upstream failure is logged once, here. */
      cache: StaleCache;
      logger?: LoggerService;
    },
  ) {}

  async listAlerts(
    credentials: BackstageCredentials,
    filter: AlertFilter = {},
  ): Promise<OncallAlertsResponse> {
    const { source, raw } = await this.fetchAlerts();
    let alerts = matchAlerts(raw, await this.entitiesFor(raw, credentials));
    if (filter.entityRefs) {
      const refs = new Set(filter.entityRefs);
      alerts = alerts.filter(a => a.entityRef && refs.has(a.entityRef));
    }
    if (filter.owners) {
      const owners = new Set(filter.owners);
      alerts = alerts.filter(a => a.owner && owners.has(a.owner));
    }
    return { source, data: { alerts } };
  }

  async getAlert(
    credentials: BackstageCredentials,
    id: string,
  ): Promise<OncallAlertDetailResponse> {
    const { source, data } = await this.listAlerts(credentials);
    const alert = data.alerts.find(a => a.id === id);
    if (!alert)
      throw new NotFoundError(
        `Alert ${id} is not firing (it may have resolved)`,
      );
    const entity = alert.entityRef
      ? await this.deps.catalog.getEntityByRef(alert.entityRef, { credentials })
      : undefined;
    const runbook = await this.deps.runbooks.forAlert(alert, entity);
    const burn = await this.burnRates(alert);
    return { source, data: { alert, runbook, ...burn } };
  }

  async listRunbooks(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<RunbookListResponse> {
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${entityRef}`);
    return this.deps.runbooks.list(entity);
  }

  /** Runbooks of many entities: one catalog call, then each folder (cached) in parallel. */
  async runbooksBatch(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<RunbookBatchResponse> {
    const { items: entities } = await this.deps.catalog.getEntitiesByRefs(
      { entityRefs },
      { credentials },
    );
    const items = await Promise.all(
      entityRefs.map((entityRef, i) => {
        const entity = entities[i];
        return entity
          ? this.deps.runbooks.list(entity)
          : { entityRef, runbooks: [], error: `No entity ${entityRef}` };
      }),
    );
    const { kind } = this.deps.source;
    return {
      source: {
        kind,
        name: kind === 'demo' ? 'demo' : 'repository',
        stale: false,
        fetchedAt: new Date().toISOString(),
      },
      data: { items },
    };
  }

  /** Counts per entity from ONE upstream call, whatever the number of entities. */
  async batch(
    credentials: BackstageCredentials,
    entityRefs: string[],
  ): Promise<OncallBatchResponse> {
    const { source, data } = await this.listAlerts(credentials, { entityRefs });
    const items = entityRefs.map(entityRef => {
      const mine = data.alerts.filter(
        a => a.entityRef === entityRef && a.state === 'firing',
      );
      return {
        entityRef,
        firing: mine.length,
        paging: mine.filter(
          a => a.severity === 'page' || a.severity === 'critical',
        ).length,
      };
    });
    return { source, data: { items } };
  }

  private async burnRates(alert: OncallAlert) {
    if (!alert.service) return { burnRates: [] };
    try {
      return { burnRates: await this.deps.source.burnRates(alert.service) };
    } catch (e) {
      this.warn(`burn rates of ${alert.service}`, e);
      return {
        burnRates: [],
        burnRateError: `Burn rate unavailable: ${(e as Error).message}`,
      };
    }
  }

  private async fetchAlerts(): Promise<{
    source: SourceInfo;
    raw: RawAlert[];
  }> {
    const { source } = this.deps;
    // Throws when the upstream is down and nothing was cached: the route answers 503 with the reason.
    const result = await this.deps.cache
      .get(
        `alerts:${source.name}`,
        async () => (await source.listAlerts()) as unknown as JsonValue,
      )
      .catch(e => {
        this.warn('alerts', e);
        // UpstreamError carries the upstream's HTTP status in `status`, which Backstage's error
        // handler would answer with (a garbage 200 would become our 200): always answer 503.
        throw new ServiceUnavailableError((e as Error).message);
      });
    if (result.stale) this.warn('alerts', result.error, result.fetchedAt);
    return {
      source: cachedSourceInfo(source, result),
      raw: result.value as unknown as RawAlert[],
    };
  }

  private warn(what: string, error: unknown, servingSince?: string) {
    warnUpstreamFailure(this.deps.logger, {
      family: 'oncall',
      upstream: this.deps.source.name,
      what,
      error,
      servingSince,
    });
  }

  /** One catalog query for every service label in the alerts. */
  private async entitiesFor(
    raw: RawAlert[],
    credentials: BackstageCredentials,
  ): Promise<Map<string, Entity>> {
    const names = [
      ...new Set(raw.map(serviceOf).filter((s): s is string => !!s)),
    ];
    if (names.length === 0) return new Map();
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: { kind: 'component', 'metadata.name': names },
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'spec.owner'],
      },
      { credentials },
    );
    const byName = new Map<string, Entity>();
    // Prefer the default namespace when a name exists in several.
    for (const entity of items) {
      const known = byName.get(entity.metadata.name);
      if (!known || (entity.metadata.namespace ?? 'default') === 'default')
        byName.set(entity.metadata.name, entity);
    }
    return byName;
  }
}
