import { api } from '@pagerduty/pdjs';
import { instrumented, markTimedOut, UpstreamError } from '@runway/runway-node';
import { z } from 'zod/v3';

export interface PagerDutyClientOptions {
  /** REST API key (`Token token=`). */
  token: string;
  /** Default PagerDuty's own API host; a test or an EU account sets its own. */
  baseUrl: string;
  timeoutMs: number;
  /** pdjs waits this long before each of its (up to 3) retries of a 429. */
  retryTimeoutMs: number;
}

// Offset pagination, as every PagerDuty list answers it.
const page = z.object({
  limit: z.number(),
  offset: z.number(),
  more: z.boolean(),
});

const HINTS: Record<number, string> = {
  401: 'rejected our API token',
  403: 'rejected our API token',
  429: 'is rate limiting us',
};

const PAGE_LIMIT = 100;
const MAX_PAGES = 50;

/** What every PagerDuty call counts under in runway_upstream_calls_total. */
const LABELS = { family: 'oncall', upstream: 'pagerduty' };

/**
 * PagerDuty REST API v2 through `@pagerduty/pdjs`, with what pdjs lacks: a hard timeout
 * per call (its `requestTimeout` aborts nothing), a schema per answer, offset pagination
 * with a page cap, and errors that say what failed without echoing the token.
 */
export class PagerDutyClient {
  /** Upstream calls made, for tests and the calls-per-refresh figures. */
  calls = 0;

  constructor(private readonly options: PagerDutyClientOptions) {}

  async get<T>(
    path: string,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    query: Record<string, string | string[]> = {},
  ): Promise<T> {
    this.calls += 1;
    // pdjs fetches on its own, so fetchJson's counting misses it: count each call here.
    return instrumented(LABELS, LABELS.upstream, () =>
      this.request(path, schema, query),
    );
  }

  private async request<T>(
    path: string,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
    query: Record<string, string | string[]>,
  ): Promise<T> {
    const { token, baseUrl, timeoutMs, retryTimeoutMs } = this.options;
    let response;
    try {
      response = await api({
        url: `${baseUrl.replace(/\/+$/, '')}/${path}`,
        token,
        queryParameters: { time_zone: 'UTC', ...query },
        signal: AbortSignal.timeout(timeoutMs),
        retryTimeout: retryTimeoutMs,
      });
    } catch (error) {
      throw explain(error, timeoutMs);
    }
    if (!response.ok) {
      const hint = HINTS[response.status] ?? 'failed';
      throw new UpstreamError(
        `PagerDuty ${hint} (HTTP ${response.status} on ${path})`,
        response.status,
      );
    }
    const parsed = schema.safeParse(response.data);
    if (!parsed.success)
      throw new UpstreamError(
        `PagerDuty answered ${path} with an unexpected shape: ${parsed.error.issues[0]?.path.join(
          '.',
        )} ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  }

  /** Every page of a list (`more` / `offset`), capped so a runaway list fails instead of looping. */
  async all<K extends string, T>(
    path: string,
    key: K,
    item: z.ZodType<T, z.ZodTypeDef, unknown>,
    query: Record<string, string | string[]> = {},
  ): Promise<T[]> {
    const schema = page.extend({ [key]: z.array(item) } as Record<
      K,
      z.ZodArray<typeof item>
    >);
    const items: T[] = [];
    let offset = 0;
    for (let n = 0; n < MAX_PAGES; n++) {
      const body = (await this.get(path, schema, {
        ...query,
        limit: String(PAGE_LIMIT),
        offset: String(offset),
      })) as z.infer<typeof page> & Record<K, T[]>;
      items.push(...body[key]);
      if (!body.more || body[key].length === 0) return items;
      offset = body.offset + body[key].length;
    }
    throw new UpstreamError(
      `PagerDuty ${path} has more than ${MAX_PAGES} pages`,
    );
  }
}

function explain(error: unknown, timeoutMs: number): UpstreamError {
  const name = (error as Error)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return markTimedOut(
      new UpstreamError(`PagerDuty did not answer within ${timeoutMs} ms`),
    );
  // pdjs rejects with the response itself when the body is not JSON.
  if (error && typeof (error as Response).status === 'number')
    return new UpstreamError(
      `PagerDuty answered HTTP ${(error as Response).status} without JSON`,
      (error as Response).status,
    );
  return new UpstreamError(
    `PagerDuty is unreachable: ${(error as Error)?.message ?? String(error)}`,
  );
}
