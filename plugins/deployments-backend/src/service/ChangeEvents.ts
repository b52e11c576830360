import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { fetchJson } from '@runway/runway-node';
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
  /** Prod flag change times of one entity; undefined when flags are unavailable. */
  flagChangeTimes(entityRef: string): Promise<string[] | undefined>;
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

const flagsSchema = z.object({
  data: z.object({
    changes: z.array(
      z.object({ createdAt: z.string(), environment: z.string().nullable() }),
    ),
  }),
});

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

  private async call(pluginId: string, path: string, init: RequestInit = {}) {
    const [base, { token }] = await Promise.all([
      this.deps.discovery.getBaseUrl(pluginId),
      this.deps.auth.getPluginRequestToken({
        onBehalfOf: await this.deps.auth.getOwnServiceCredentials(),
        targetPluginId: pluginId,
      }),
    ]);
    return {
      url: `${base}${path}`,
      init: {
        ...init,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
      },
    };
  }

  async incidents(entityRefs: string[]): Promise<IncidentsAnswer> {
    if (entityRefs.length === 0) return { ok: true, byEntity: new Map() };
    try {
      const { url, init } = await this.call('oncall', '/incidents/batch', {
        method: 'POST',
        body: JSON.stringify({ entityRefs }),
      });
      const body = await fetchJson(url, {
        upstream: 'the on-call service',
        schema: incidentsSchema,
        timeoutMs: this.deps.timeoutMs,
        init,
      });
      // Unmapped entities have no incident data: they stay out of the map (fallback per entity).
      return {
        ok: true,
        byEntity: new Map(
          body.data.items
            .filter(i => i.mapped)
            .map(i => [i.entityRef, i.incidents]),
        ),
      };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }

  async flagChangeTimes(entityRef: string): Promise<string[] | undefined> {
    try {
      const { url, init } = await this.call(
        'flags',
        `/entity?entityRef=${encodeURIComponent(entityRef)}`,
      );
      const body = await fetchJson(url, {
        upstream: 'the flags service',
        schema: flagsSchema,
        timeoutMs: this.deps.timeoutMs,
        init,
      });
      return body.data.changes
        .filter(c => c.environment === null || /prod/i.test(c.environment))
        .map(c => c.createdAt);
    } catch {
      // 404 (flags not installed) or 503 (not configured): no flag data, said in computedFrom.
      return undefined;
    }
  }
}
