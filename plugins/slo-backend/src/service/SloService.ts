import { createHash } from 'crypto';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import {
  EntitySlos,
  EntitySlosResponse,
  SLO_LOCATION_ANNOTATION,
  SloBatchResponse,
  SloWindow,
} from '@runway/plugin-slo-common';
import { SourceInfo } from '@runway/runway-common';
import {
  StaleCache,
  warnUpstreamFailure,
  ANNOTATED_ENTITY_FIELDS,
} from '@runway/runway-node';
import { SloDefinition } from '../spec/slothSpec';
import { SpecReader, SpecResult } from '../spec/SpecReader';
import { SloMeasurements, SloSource, sloKey } from '../sources/SloSource';
import { buildReport } from './buildReport';
import { windowsFor } from './windowsFor';

export interface SloServiceOptions {
  catalog: CatalogService;
  specs: SpecReader;
  source: SloSource;
  /** The measurement cache; without a logger of its own, the service logs each failure once. */
  cache: StaleCache;
  logger: LoggerService;
  now?: () => Date;
}

/**
 * Evaluates the SLOs of one or many entities: specs through the UrlReader, numbers from the
 * configured source in ONE batched measurement per request, cached with stale-on-error.
 */
export class SloService {
  private readonly now: () => Date;

  constructor(private readonly options: SloServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  async forEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntitySlosResponse> {
    const entity = await this.options.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) throw new NotFoundError(`No entity ${entityRef}`);
    const { source, items } = await this.evaluate([entity], true);
    return { source, data: items[0] };
  }

  /** `fields`: the batch route's, so only the windows they read are measured. */
  async forEntities(
    entityRefs: string[],
    credentials: BackstageCredentials,
    fields?: string[],
  ): Promise<SloBatchResponse> {
    const { items } = await this.options.catalog.getEntitiesByRefs(
      { entityRefs, fields: ANNOTATED_ENTITY_FIELDS },
      { credentials },
    );
    const found = items.filter((e): e is Entity => Boolean(e));
    const result = await this.evaluate(found, false, windowsFor(fields));
    const missing = entityRefs
      .filter((_, i) => !items[i])
      .map(ref => ({ entityRef: ref, slos: [], error: `No entity ${ref}` }));
    return {
      source: result.source,
      data: { items: [...result.items, ...missing] },
    };
  }

  /** Every component that declares an SLO spec. */
  async all(credentials: BackstageCredentials): Promise<SloBatchResponse> {
    const { items } = await this.options.catalog.getEntities(
      {
        filter: {
          kind: 'Component',
          [`metadata.annotations.${SLO_LOCATION_ANNOTATION}`]:
            CATALOG_FILTER_EXISTS,
        },
        fields: ANNOTATED_ENTITY_FIELDS,
      },
      { credentials },
    );
    const result = await this.evaluate(items, false);
    return { source: result.source, data: { items: result.items } };
  }

  private async evaluate(
    entities: Entity[],
    withSeries: boolean,
    windows?: readonly SloWindow[],
  ) {
    const specs: SpecResult[] = await Promise.all(
      entities.map(e => this.options.specs.read(e)),
    );
    const definitions: SloDefinition[] = specs.flatMap(s =>
      'definitions' in s ? s.definitions : [],
    );
    const { value, fetchedAt, stale, error } = await this.measure(
      definitions,
      withSeries,
      windows,
    );
    const { source: upstream } = this.options;
    const source: SourceInfo = {
      kind: upstream.kind,
      name: upstream.name,
      stale,
      fetchedAt,
      ...(error ? { error } : {}),
    };

    const items: EntitySlos[] = entities.map((entity, i) => {
      const entityRef = stringifyEntityRef(entity);
      const spec = specs[i];
      if ('error' in spec) return { entityRef, slos: [], error: spec.error };
      return {
        entityRef,
        slos: spec.definitions.map(def => {
          const alerts = value.alerts
            .filter(a => a.service === def.service && a.slo === def.name)
            .map(a => ({
              alertname: a.alertname,
              severity: a.severity,
              since: a.since,
            }));
          const measured = value.measurements[sloKey(def.service, def.name)];
          return buildReport(
            def,
            measured,
            alerts,
            withSeries,
            upstream.kind === 'demo' ? 'demo' : 'spec-queries',
          );
        }),
      };
    });
    return { source, items };
  }

  private async measure(
    definitions: SloDefinition[],
    withSeries: boolean,
    windows?: readonly SloWindow[],
  ) {
    if (definitions.length === 0) {
      return {
        value: { measurements: {}, alerts: [] } as SloMeasurements,
        fetchedAt: this.now().toISOString(),
        stale: false,
        error: undefined,
      };
    }
    const identity = definitions
      .map(d =>
        [
          d.service,
          d.name,
          d.objective,
          d.errorRatioQuery ?? '',
          d.totalQuery ?? '',
        ].join('\u0000'),
      )
      .sort()
      .join('\u0001');
    const key = `measure:${withSeries}:${(windows ?? windowsFor()).join(
      ',',
    )}:${createHash('sha256').update(identity).digest('hex')}`;
    const n = definitions.length;
    const what = `${n} SLO${n === 1 ? '' : 's'}`;
    const result = await this.options.cache
      .get(
        key,
        async () =>
          (await this.options.source.measure(definitions, {
            now: this.now(),
            withSeries,
            windows,
          })) as any,
      )
      .catch(error => {
        this.warn(what, error);
        throw error;
      });
    if (result.stale) this.warn(what, result.error, result.fetchedAt);
    return { ...result, value: result.value as unknown as SloMeasurements };
  }

  private warn(what: string, error: unknown, servingSince?: string) {
    warnUpstreamFailure(this.options.logger, {
      family: 'slo',
      upstream: this.options.source.name,
      what,
      error,
      servingSince,
    });
  }
}
