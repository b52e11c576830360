import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import type { BatchCostItem } from '@runway/plugin-cost-common';
import type { DeploymentSummary } from '@runway/plugin-deployments-common';
import type { SecuritySummary } from '@runway/plugin-security-common';
import type { EntitySlos } from '@runway/plugin-slo-common';
import { NOT_CONFIGURED_ERROR_NAME, SourceInfo } from '@runway/runway-common';
import { BATCH_LIMIT, fetchJson, UpstreamError } from '@runway/runway-node';
import { CustomErrorBase } from '@backstage/errors';
import { z } from 'zod/v3';
import { Family } from '@runway/plugin-scorecard-common';

const sourceSchema = z
  .object({
    kind: z.enum(['demo', 'live']),
    name: z.string(),
    stale: z.boolean(),
    fetchedAt: z.string(),
    error: z.string().optional(),
  })
  .passthrough();

// Only the fields the join needs are checked; the rest passes through as the -common types say.
const item = z.object({ entityRef: z.string() }).passthrough();
const schemas = {
  deployments: z.object({
    source: sourceSchema,
    data: z.object({ items: z.array(item) }).passthrough(),
  }),
  slo: z.object({
    source: sourceSchema,
    data: z.object({ items: z.array(item.extend({ slos: z.array(z.any()) })) }),
  }),
  security: z.object({
    source: sourceSchema,
    data: z.object({
      items: z.array(item.extend({ open: z.record(z.number()) })),
    }),
  }),
  cost: z.object({
    source: sourceSchema,
    data: z.object({ items: z.array(item.extend({ status: z.string() })) }),
  }),
};

/**
 * A family answered that it is off (live mode without its upstream configured). Carries the
 * family's own message, which names the config keys to set.
 */
export class FamilyNotConfiguredError extends CustomErrorBase {
  name = NOT_CONFIGURED_ERROR_NAME;
}

/**
 * The family's own words from a Backstage error body (`{ error: { name, message } }`),
 * or undefined when the body is not that shape.
 */
export function familyError(
  body: string | undefined,
): { name?: string; message: string } | undefined {
  if (!body) return undefined;
  try {
    const error = (JSON.parse(body) as any)?.error;
    if (error && typeof error.message === 'string' && error.message)
      return {
        message: error.message,
        ...(typeof error.name === 'string' ? { name: error.name } : {}),
      };
  } catch {
    // Not JSON: the status line is all there is.
  }
  return undefined;
}

/** What one family answered for every requested ref. */
export interface FamilyAnswer<T> {
  source: SourceInfo;
  items: T[];
}

export interface FamilyItems {
  deployments: DeploymentSummary;
  slo: EntitySlos;
  security: SecuritySummary;
  cost: BatchCostItem;
}

/**
 * Reads the families' batched endpoints as the scorecard's own service identity (the
 * answer is cached for every viewer). One call per family per 1000 services: the number
 * of upstream calls does not grow with the portfolio below that.
 */
export class FamilyClient {
  /** Calls made per family since start; the benchmark reads these. */
  readonly calls: Record<Family, number> = {
    deployments: 0,
    slo: 0,
    security: 0,
    cost: 0,
  };

  constructor(
    private readonly deps: {
      discovery: DiscoveryService;
      auth: AuthService;
      timeoutMs: number;
    },
  ) {}

  async read<F extends Family>(
    family: F,
    entityRefs: string[],
  ): Promise<FamilyAnswer<FamilyItems[F]>> {
    if (entityRefs.length === 0) {
      // No services yet: nothing to ask, and no answer to take a source from.
      return {
        source: {
          kind: 'live',
          name: family,
          stale: false,
          fetchedAt: new Date().toISOString(),
        },
        items: [],
      };
    }
    const chunks: string[][] = [];
    for (let i = 0; i < entityRefs.length; i += BATCH_LIMIT)
      chunks.push(entityRefs.slice(i, i + BATCH_LIMIT));
    const answers = await Promise.all(
      chunks.map(chunk => this.readChunk(family, chunk)),
    );
    // Several chunks: the oldest, stalest source speaks for all.
    const source =
      answers.find(a => a.source.stale)?.source ?? answers[0].source;
    return { source, items: answers.flatMap(a => a.items) as FamilyItems[F][] };
  }

  private async readChunk(
    family: Family,
    entityRefs: string[],
  ): Promise<FamilyAnswer<unknown>> {
    const { discovery, auth, timeoutMs } = this.deps;
    const [baseUrl, { token }] = await Promise.all([
      discovery.getBaseUrl(family),
      auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId: family,
      }),
    ]);
    this.calls[family]++;
    const body = await this.fetchBatch(`${baseUrl}/batch`, {
      upstream: `the ${family} service`,
      schema: schemas[family] as z.ZodType<any, z.ZodTypeDef, unknown>,
      timeoutMs,
      init: {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ entityRefs }),
      },
    });
    // Every family's batch answers `Sourced<{ items }>`; the schema has checked it.
    return { source: body.source, items: body.data.items };
  }

  /** fetchJson, with the family's own error message instead of the bare HTTP status. */
  private async fetchBatch(
    url: string,
    options: Parameters<typeof fetchJson<any>>[1],
  ): Promise<any> {
    try {
      return await fetchJson(url, options);
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      const own = familyError(error.body);
      if (!own) throw error;
      if (own.name === NOT_CONFIGURED_ERROR_NAME)
        throw new FamilyNotConfiguredError(own.message);
      throw new UpstreamError(
        `${error.message}: ${own.message}`,
        error.upstreamStatus,
      );
    }
  }
}
