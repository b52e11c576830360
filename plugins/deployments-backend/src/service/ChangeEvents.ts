import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { BATCH_LIMIT, fetchJson } from '@runway/runway-node';
import { z } from 'zod/v3';
import { DoraIncident } from './dora';

/** Incidents by entityRef, or why there are none to use (the DORA fallback says it). */
export type IncidentsAnswer =
  | { ok: true; byEntity: Map<string, DoraIncident[]> }
  | { ok: false; reason: string };

/** What DORA reads from the other families: incidents (on-call) and flag changes (flags). */
export interface ChangeEvents {
  /** ONE call for the whole batch, whatever its size. */
  incidents(entityRefs: string[]): Promise<IncidentsAnswer>;
  /**
   * Prod flag change times by entityRef, ONE call per BATCH_LIMIT entities (one entity for
   * the overview, the whole batch for the scorecard: the same answer either way). An entity
   * whose flag changes are unknown is absent; undefined when flags are unavailable.
   */
  flagChangeTimes(
    entityRefs: string[],
  ): Promise<Map<string, string[]> | undefined>;
}

const incidentsSchema = z.object({
  data: z.object({
    items: z.array(
      z.object({
        entityRef: z.string(),
        mapped: z.boolean(),
        incidents: z.array(
          z.object({
            triggeredAt: z.string(),
            resolvedAt: z.string().optional(),
          }),
        ),
      }),
    ),
  }),
});

const flagChangesSchema = z.object({
  data: z.object({
    items: z.array(
      z.object({
        entityRef: z.string(),
        // null: unknown (Unleash could not be read for it), not "no changes".
        changes: z
          .array(
            z.object({
              createdAt: z.string(),
              environment: z.string().nullable(),
            }),
          )
          .nullable(),
      }),
    ),
  }),
});

/** A change in prod, or to the flag itself (created, archived: every environment). */
const inProd = (environment: string | null) =>
  environment === null || /prod/i.test(environment);

/**
 * The other families over HTTP with our service token, as the scorecard reads them: the
 * on-call backend keeps PagerDuty's token, cache and rate limit budget in one place, so
 * DORA adds no PagerDuty call of its own (it reads the list the on-call page already cached).
 */
export class HttpChangeEvents implements ChangeEvents {
  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      timeoutMs: number;
    },
  ) {}

  /**
   * POSTs `entityRefs` to another family's batch route, BATCH_LIMIT at a time (one call for
   * any batch the scorecard sends), with our service token; the items of every answer.
   */
  private async batch<T>(
    pluginId: string,
    name: string,
    path: string,
    entityRefs: string[],
    schema: z.ZodType<{ data: { items: T[] } }, z.ZodTypeDef, unknown>,
  ): Promise<T[]> {
    const items: T[] = [];
    for (let i = 0; i < entityRefs.length; i += BATCH_LIMIT) {
      const [base, { token }] = await Promise.all([
        this.deps.discovery.getBaseUrl(pluginId),
        this.deps.auth.getPluginRequestToken({
          onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
          targetPluginId: pluginId,
        }),
      ]);
      const body = await fetchJson(`${base}${path}`, {
        upstream: name,
        // Counted as the scorecard counts its reads of a family.
        labels: { upstream: `runway:${pluginId}` },
        schema,
        timeoutMs: this.deps.timeoutMs,
        init: {
          method: 'POST',
          body: JSON.stringify({
            entityRefs: entityRefs.slice(i, i + BATCH_LIMIT),
          }),
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
          },
        },
      });
      items.push(...body.data.items);
    }
    return items;
  }

  async incidents(entityRefs: string[]): Promise<IncidentsAnswer> {
    if (entityRefs.length === 0) return { ok: true, byEntity: new Map() };
    try {
      const items = await this.batch(
        'oncall',
        'the on-call service',
        '/incidents/batch',
        entityRefs,
        incidentsSchema,
      );
      // Unmapped entities have no incident data: they stay out of the map (fallback per entity).
      return {
        ok: true,
        byEntity: new Map(
          items.filter(i => i.mapped).map(i => [i.entityRef, i.incidents]),
        ),
      };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  async flagChangeTimes(
    entityRefs: string[],
  ): Promise<Map<string, string[]> | undefined> {
    const byEntity = new Map<string, string[]>();
    if (entityRefs.length === 0) return byEntity;
    try {
      const items = await this.batch(
        'flags',
        'the flags service',
        '/changes/batch',
        entityRefs,
        flagChangesSchema,
      );
      for (const item of items) {
        // null: unknown for this entity, so it stays out (no changes is an empty list).
        if (!item.changes) continue;
        byEntity.set(
          item.entityRef,
          item.changes.filter(c => inProd(c.environment)).map(c => c.createdAt),
        );
      }
      return byEntity;
    } catch {
      // 404 (flags not installed) or 503 (not configured): no flag data, said in computedFrom.
      return undefined;
    }
  }
}
