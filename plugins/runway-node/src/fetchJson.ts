import { ServiceUnavailableError } from '@backstage/errors';
import {
  instrumented,
  markCancelled,
  markTimedOut,
  UpstreamLabels,
  upstreamLabelOf,
} from './metrics/upstreamMetrics';

/**
 * A response schema: zod 3's or zod 4's (`zod/v4`, about three times faster on large
 * payloads such as ArgoCD's whole Application list), or anything that answers the same way.
 *
 * @public
 */
export interface ResponseSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: Array<{ path: PropertyKey[]; message: string }> };
      };
}

/** @public */
export interface FetchJsonOptions<T> {
  /** Names the upstream in error messages, e.g. `ArgoCD prod-eu`. */
  upstream: string;
  /** Response schema; a payload that does not match is treated as garbage. */
  schema: ResponseSchema<T>;
  timeoutMs: number;
  /** The caller's own cancellation (it no longer needs the answer), besides the timeout. */
  signal?: AbortSignal;
  init?: RequestInit;
  /**
   * What the call is counted under (`runway_upstream_calls_total`). By default the family
   * in scope (`serveFamily`) and the first word of `upstream`, lowercased (`argocd`).
   */
  labels?: Partial<UpstreamLabels>;
}

/**
 * An upstream answered, but not with what we asked for. Carries the HTTP status so
 * callers can tell an auth problem (401/403) from rate limiting (429) or an outage.
 *
 * @public
 */
export class UpstreamError extends ServiceUnavailableError {
  /** The start of the upstream's error body, for callers that parse it; not for display. */
  declare readonly body?: string;

  constructor(
    message: string,
    readonly upstreamStatus?: number,
    body?: string,
  ) {
    super(message);
    // Not enumerable: Backstage's error handler serialises enumerable fields to the browser,
    // and an upstream's error body may carry hostnames or echoed headers.
    Object.defineProperty(this, 'body', { value: body, enumerable: false });
  }
}

const HTTP_HINTS: Record<number, string> = {
  401: 'rejected our credentials',
  403: 'rejected our credentials',
  429: 'is rate limiting us',
};

/**
 * GETs (or POSTs) JSON from an upstream with a hard timeout, and turns every way the
 * upstream can fail (down, slow, rate-limited, refusing, garbage) into an `UpstreamError`
 * whose message is safe to show in the UI (it never echoes credentials). Every call is
 * counted and timed by family, upstream and outcome.
 *
 * @public
 */
export function fetchJson<T>(
  url: string,
  options: FetchJsonOptions<T>,
): Promise<T> {
  return instrumented(
    options.labels ?? {},
    upstreamLabelOf(options.upstream),
    () => fetchUncounted(url, options),
  );
}

async function fetchUncounted<T>(
  url: string,
  options: FetchJsonOptions<T>,
): Promise<T> {
  const { upstream, schema, timeoutMs, init, signal } = options;
  const cancelled = () =>
    markCancelled(new UpstreamError(`${upstream} call cancelled`));
  let response: Response;
  try {
    const timeout = AbortSignal.timeout(timeoutMs);
    response = await fetch(url, {
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw cancelled();
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw markTimedOut(
        new UpstreamError(`${upstream} did not answer within ${timeoutMs} ms`),
      );
    }
    throw new UpstreamError(
      `${upstream} is unreachable: ${(error as Error).message}`,
    );
  }
  if (!response.ok) {
    const hint = HTTP_HINTS[response.status] ?? 'failed';
    const body = await response.text().catch(() => '');
    throw new UpstreamError(
      `${upstream} ${hint} (HTTP ${response.status})`,
      response.status,
      body.slice(0, 4096),
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // Cancelled while the body was still arriving: not garbage from the upstream.
    if (signal?.aborted) throw cancelled();
    throw new UpstreamError(
      `${upstream} returned malformed JSON`,
      response.status,
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UpstreamError(
      `${upstream} returned an unexpected payload (${
        issue.path.map(String).join('.') || 'root'
      }: ${issue.message})`,
      response.status,
    );
  }
  return parsed.data;
}
