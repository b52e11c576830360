import { Flag, FlagEnvironment } from '@runway/plugin-flags-common';
import { fetchJson, UpstreamError } from '@runway/runway-node';
import pLimit from 'p-limit';
import { z } from 'zod/v3';
import { FlagSource, ProjectFlags } from '../types';
import {
  eventSearchSchema,
  exportResultSchema,
  projectFeaturesSchema,
  rolloutOf,
} from './schema';
import { toChange } from './summarise';

export interface UnleashOptions {
  baseUrl: string;
  apiToken: string;
  timeoutMs: number;
  /** Unleash calls in flight at once, over every project and request (default 8). */
  maxConcurrentCalls?: number;
}

/** How many of a project's latest events are read for its change list. */
export const EVENTS_LIMIT = 100;

/**
 * Reads one Unleash project through the Admin API in 2 + E calls, E being the project's
 * environments (2 in Unleash OSS): the flags with their per-environment state, one export per
 * environment for the strategies (the only list endpoint that carries strategy parameters,
 * so the rollout % costs no call per flag), and the project's latest events.
 */
export class UnleashFlagSource implements FlagSource {
  readonly kind = 'live' as const;
  readonly name: string;
  private readonly baseUrl: string;
  /** One queue for the whole source: a 500-service page must not open 150 sockets to Unleash. */
  private readonly limit: ReturnType<typeof pLimit>;

  constructor(private readonly options: UnleashOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.limit = pLimit(options.maxConcurrentCalls ?? 8);
    this.name = `unleash:${new URL(this.baseUrl).host}`;
  }

  async project(project: string): Promise<ProjectFlags> {
    const p = encodeURIComponent(project);
    const [features, events] = await Promise.all([
      this.call(`/api/admin/projects/${p}/features`, projectFeaturesSchema),
      this.call(
        `/api/admin/search/events?project=${encodeURIComponent(
          `IS:${project}`,
        )}&limit=${EVENTS_LIMIT}`,
        eventSearchSchema,
      ),
    ]);
    const environments = [
      ...new Set(
        features.features.flatMap(f => f.environments.map(e => e.name)),
      ),
    ];
    const exports = await Promise.all(
      environments.map(environment =>
        this.call('/api/admin/features-batch/export', exportResultSchema, {
          method: 'POST',
          body: JSON.stringify({ environment, project }),
        }).then(result => ({ environment, result })),
      ),
    );

    const changes = events.events
      .filter(e => e.featureName)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
      .map(toChange);
    const lastChange = new Map<string, string>();
    for (const c of changes)
      if (!lastChange.has(c.flag)) lastChange.set(c.flag, c.createdAt);

    const flags: Flag[] = features.features.map(f => ({
      name: f.name,
      project,
      type: f.type,
      stale: f.stale,
      createdAt: f.createdAt ?? '',
      lastChangedAt: lastChange.get(f.name) ?? null,
      url: `${this.baseUrl}/projects/${p}/features/${encodeURIComponent(
        f.name,
      )}`,
      environments: f.environments.map((env): FlagEnvironment => {
        const strategies =
          exports
            .find(x => x.environment === env.name)
            ?.result.featureStrategies.filter(
              s => s.featureName === f.name && !s.disabled,
            ) ?? [];
        const rollout = strategies.find(s => s.name === 'flexibleRollout');
        return {
          environment: env.name,
          enabled: env.enabled,
          rolloutPct: rollout ? rolloutOf(rollout.parameters) : null,
          strategies: strategies.map(s => s.name),
        };
      }),
    }));
    return { flags, changes };
  }

  private async call<T>(
    path: string,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    init: RequestInit = {},
  ): Promise<T> {
    try {
      return await this.limit(() =>
        fetchJson(`${this.baseUrl}${path}`, {
          upstream: 'Unleash',
          schema,
          timeoutMs: this.options.timeoutMs,
          init: {
            ...init,
            headers: {
              Authorization: this.options.apiToken,
              Accept: 'application/json',
              ...(init.body ? { 'Content-Type': 'application/json' } : {}),
            },
          },
        }),
      );
    } catch (error) {
      if (error instanceof UpstreamError && error.upstreamStatus === 404) {
        throw new UpstreamError(
          `Unleash has no such project or endpoint (HTTP 404 on ${
            path.split('?')[0]
          })`,
          404,
        );
      }
      throw error;
    }
  }
}
