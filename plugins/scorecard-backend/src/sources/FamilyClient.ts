import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { NOT_CONFIGURED_ERROR_NAME, SourceInfo } from '@runway/runway-common';
import { BATCH_LIMIT, fetchJson, UpstreamError } from '@runway/runway-node';
import { CustomErrorBase } from '@backstage/errors';
import { z } from 'zod/v3';
import { FAMILIES, Family } from '@runway/plugin-scorecard-common';
import { FAMILY_DEFINITIONS, FamilyItems } from '../families';

export type { FamilyItems } from '../families';

const sourceSchema = z
  .object({
    kind: z.enum(['demo', 'live']),
    name: z.string(),
    stale: z.boolean(),
    fetchedAt: z.string(),
    error: z.string().optional(),
  })
  .passthrough();

// Every family's batch answers `Sourced<{ items }>`; of each item only the fields the join
// needs are checked (its family definition says which), the rest passes through.
const batchSchema = (family: Family) =>
  z.object({
    source: sourceSchema,
    data: z
      .object({
        items: z.array(
          FAMILY_DEFINITIONS[family].item
            .extend({ entityRef: z.string() })
            .passthrough(),
        ),
      })
      .passthrough(),
  });
const schemas = Object.fromEntries(
  FAMILIES.map(f => [f, batchSchema(f)]),
) as Record<Family, ReturnType<typeof batchSchema>>;

/**
 * The family's batch route answered 404: this backend does not serve the family (its plugin
 * is not installed). Not trouble: its columns stay, grey.
 */
export class FamilyAbsentError extends CustomErrorBase {
  name = 'FamilyAbsentError';
}

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

/**
 * Reads the families' batched endpoints as the scorecard's own service identity (the
 * answer is cached for every viewer). One call per family per 1000 services: the number
 * of upstream calls does not grow with the portfolio below that.
 */
export class FamilyClient {
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
    const body = await this.fetchBatch(`${baseUrl}/batch`, {
      upstream: `the ${family} service`,
      // Counted like any upstream call: runway_upstream_calls_total{family="scorecard"}.
      labels: { family: 'scorecard', upstream: `runway:${family}` },
      schema: schemas[family] as z.ZodType<any, z.ZodTypeDef, unknown>,
      timeoutMs,
      init: {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        // Only what the join reads: a fraction of the family's full items.
        body: JSON.stringify({
          entityRefs,
          fields: FAMILY_DEFINITIONS[family].fields,
        }),
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
      if (error.upstreamStatus === 404)
        throw new FamilyAbsentError(
          `${options.upstream} is not served by this backend (HTTP 404)`,
        );
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
