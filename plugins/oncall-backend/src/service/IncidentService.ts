import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonValue } from '@backstage/types';
import {
  EntityIncidentsResponse,
  IncidentsBatchResponse,
  OncallIncident,
  OnCallNow,
  PAGERDUTY_INTEGRATION_KEY_ANNOTATION,
  PAGERDUTY_SERVICE_ID_ANNOTATION,
} from '@runway/plugin-oncall-common';
import { SourceInfo } from '@runway/runway-common';
import { cachedSourceInfo, StaleCache } from '@runway/runway-node';
import { IncidentSource } from '../sources/IncidentSource';

const DAY = 24 * 3600_000;
/** Open incidents whose log the entity view reads: a bound on calls per page. */
const MAX_LOGS = 3;

interface Snapshot {
  since: string;
  /** entityRef → PagerDuty service id, for every annotated entity. */
  services: Record<string, string>;
  incidents: OncallIncident[];
}

/**
 * Incidents of every annotated service from ONE cached list (one upstream call per 100
 * services per refresh, whatever the page views), and on-call per service on demand.
 */
export class IncidentService {
  constructor(
    private readonly deps: {
      source: IncidentSource;
      catalog: CatalogService;
      auth: AuthService;
      /** Holds the shared incidents list. */
      listCache: StaleCache;
      /** On-call, log entries and integration key lookups. */
      detailCache: StaleCache;
      /** How far back the list reaches (DORA's window). */
      days: number;
      now?: () => Date;
    },
  ) {}

  async forEntity(
    credentials: BackstageCredentials,
    entityRef: string,
  ): Promise<EntityIncidentsResponse> {
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${entityRef}`);
    const ref = stringifyEntityRef(entity);
    const { source, snapshot } = await this.snapshot();
    const serviceId = snapshot.services[ref] ?? null;
    if (!serviceId)
      return {
        source,
        data: { entityRef: ref, serviceId: null, incidents: [], onCall: null },
      };
    const errors: string[] = [];
    const incidents = snapshot.incidents
      .filter(i => i.serviceId === serviceId)
      .map(i => ({ ...i, entityRef: ref }));
    const open = incidents
      .filter(i => i.status !== 'resolved')
      .slice(0, MAX_LOGS);
    const [onCall] = await Promise.all([
      this.detail<OnCallNow | null>(`oncall:${serviceId}`, () =>
        this.deps.source.onCall(serviceId),
      ).catch(e => {
        errors.push(`On-call unavailable: ${(e as Error).message}`);
        return null;
      }),
      ...open.map(async incident => {
        incident.log = await this.detail(`log:${incident.id}`, () =>
          this.deps.source.logEntries(incident.id),
        ).catch(e => {
          errors.push(
            `Log of #${incident.number ?? incident.id} unavailable: ${
              (e as Error).message
            }`,
          );
          return undefined;
        });
      }),
    ]);
    return {
      source,
      data: {
        entityRef: ref,
        serviceId,
        incidents,
        onCall,
        ...(errors.length ? { error: errors.join('; ') } : {}),
      },
    };
  }

  async batch(entityRefs: string[]): Promise<IncidentsBatchResponse> {
    const { source, snapshot } = await this.snapshot();
    const items = entityRefs.map(entityRef => {
      const serviceId = snapshot.services[entityRef];
      return {
        entityRef,
        mapped: !!serviceId,
        incidents: serviceId
          ? snapshot.incidents
              .filter(i => i.serviceId === serviceId)
              .map(i => ({ ...i, entityRef }))
          : [],
      };
    });
    return { source, data: { since: snapshot.since, items } };
  }

  private async detail<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const result = await this.deps.detailCache.get(
      `${this.deps.source.name}:${key}`,
      async () => ((await fetch()) ?? null) as unknown as JsonValue,
    );
    return result.value as unknown as T;
  }

  private async snapshot(): Promise<{
    source: SourceInfo;
    snapshot: Snapshot;
  }> {
    const { source } = this.deps;
    const result = await this.deps.listCache
      .get(
        `incidents:${source.name}`,
        async () => (await this.fetchSnapshot()) as unknown as JsonValue,
      )
      .catch(e => {
        throw new ServiceUnavailableError((e as Error).message);
      });
    return {
      source: cachedSourceInfo(source, result),
      snapshot: result.value as unknown as Snapshot,
    };
  }

  private async fetchSnapshot(): Promise<Snapshot> {
    const now = this.deps.now?.() ?? new Date();
    const since = new Date(now.getTime() - this.deps.days * DAY);
    const services = await this.mappedServices();
    const ids = [...new Set(Object.values(services))];
    const incidents = ids.length
      ? await this.deps.source.listIncidents(ids, since)
      : [];
    return { since: since.toISOString(), services, incidents };
  }

  /** Every annotated entity, read with our own credentials: the list is shared by all users. */
  private async mappedServices(): Promise<Record<string, string>> {
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const { items } = await this.deps.catalog.getEntities(
      {
        filter: [
          {
            [`metadata.annotations.${PAGERDUTY_SERVICE_ID_ANNOTATION}`]:
              CATALOG_FILTER_EXISTS,
          },
          {
            [`metadata.annotations.${PAGERDUTY_INTEGRATION_KEY_ANNOTATION}`]:
              CATALOG_FILTER_EXISTS,
          },
        ],
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      },
      { credentials },
    );
    const services: Record<string, string> = {};
    const byKey = new Map<string, string[]>();
    for (const entity of items as Entity[]) {
      const ref = stringifyEntityRef(entity);
      const annotations = entity.metadata.annotations ?? {};
      const id = annotations[PAGERDUTY_SERVICE_ID_ANNOTATION];
      const key = annotations[PAGERDUTY_INTEGRATION_KEY_ANNOTATION];
      if (id) services[ref] = id;
      else if (key) byKey.set(key, [...(byKey.get(key) ?? []), ref]);
    }
    if (byKey.size) {
      const keys = [...byKey.keys()].sort();
      const ids = await this.detail(`keys:${keys.join(',')}`, async () =>
        Object.fromEntries(
          await this.deps.source.serviceIdsOfIntegrationKeys(keys),
        ),
      );
      for (const [key, refs] of byKey)
        for (const ref of refs) if (ids[key]) services[ref] = ids[key];
    }
    return services;
  }
}
