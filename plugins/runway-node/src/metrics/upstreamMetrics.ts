import { AsyncLocalStorage } from 'node:async_hooks';
import { Attributes } from '@opentelemetry/api';
import { onRunwayMeter } from './runwayMeter';

/**
 * What a call is counted under. Both stay few-valued: they become Prometheus labels.
 *
 * @public
 */
export interface UpstreamLabels {
  /** The Runway family making the call, e.g. `deployments`. */
  family: string;
  /** The upstream, e.g. `argocd`, `prometheus`, `aws:ecr`. */
  upstream: string;
}

/**
 * `stale-served`: the call failed, and a `StaleCache` answered with its last good value
 * instead, so the failure never reached a page. `cancelled`: the caller gave up on the
 * answer (it no longer needed it), not a failure.
 *
 * @public
 */
export type UpstreamOutcome =
  | 'ok'
  | 'error'
  | 'timeout'
  | 'cancelled'
  | 'stale-served';

/** Prometheus: `runway_upstream_calls_total{family,upstream,outcome}`. @public */
export const UPSTREAM_CALLS = 'runway.upstream.calls';
/** Prometheus: `runway_upstream_call_duration_{bucket,sum,count}`, seconds. @public */
export const UPSTREAM_CALL_DURATION = 'runway.upstream.call.duration';

const current = onRunwayMeter(meter => ({
  calls: meter.createCounter(UPSTREAM_CALLS, {
    description:
      'Calls Runway made to an upstream (ArgoCD, Prometheus, AWS, ...), by family, upstream and outcome',
  }),
  duration: meter.createHistogram(UPSTREAM_CALL_DURATION, {
    description: 'Time until an upstream call answered, failed or timed out',
    unit: 's',
    advice: {
      explicitBucketBoundaries: [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
      ],
    },
  }),
}));

interface Held {
  calls: Array<{ attributes: Attributes; seconds: number }>;
  /** Calls that fail after the cache has answered are counted as they are. */
  released: boolean;
}
const familyScope = new AsyncLocalStorage<string>();
const heldFailures = new AsyncLocalStorage<Held>();

/**
 * Runs `fn` with `family` as the default family label of every upstream call it makes,
 * including those of work it starts (timers, scheduled tasks). `serveFamily` does this for
 * each family's routes and setup, so a helper used there needs no label of its own.
 *
 * @public
 */
export function withUpstreamFamily<T>(family: string, fn: () => T): T {
  return familyScope.run(family, fn);
}

/** Fills in what a call site left out: the family in scope, else `unknown`. */
function resolve(labels: Partial<UpstreamLabels>, upstream: string) {
  return {
    family: labels.family ?? familyScope.getStore() ?? 'unknown',
    upstream: labels.upstream ?? upstream,
  };
}

/**
 * Counts and times one finished upstream call. Use `instrumented` instead where the call is
 * a promise; this is for callers that classify the outcome themselves.
 *
 * @public
 */
export function recordUpstreamCall(
  labels: UpstreamLabels,
  outcome: Exclude<UpstreamOutcome, 'stale-served'>,
  seconds: number,
): void {
  const attributes = { ...labels, outcome };
  const held = heldFailures.getStore();
  if (held && !held.released && outcome !== 'ok') {
    held.calls.push({ attributes, seconds });
    return;
  }
  write(attributes, seconds);
}

function write(attributes: Attributes, seconds: number) {
  const { calls, duration } = current();
  calls.add(1, attributes);
  duration.record(seconds, attributes);
}

const TIMEOUT_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout']);
const timedOutErrors = new WeakSet<object>();
const cancelledErrors = new WeakSet<object>();

/** Marks an error made from the caller's own cancellation: counted `cancelled`, not `error`. */
export function markCancelled<E extends object>(error: E): E {
  cancelledErrors.add(error);
  return error;
}

/** Marks an error made from a timeout whose name does not say so (e.g. an `UpstreamError`). */
export function markTimedOut<E extends object>(error: E): E {
  timedOutErrors.add(error);
  return error;
}

function outcomeOf(error: unknown): 'error' | 'timeout' | 'cancelled' {
  if (typeof error !== 'object' || error === null) return 'error';
  if (cancelledErrors.has(error)) return 'cancelled';
  return timedOutErrors.has(error) || TIMEOUT_NAMES.has((error as Error).name)
    ? 'timeout'
    : 'error';
}

/**
 * Runs one upstream call and counts it: `ok` when it resolves, `timeout` when it failed by
 * a deadline, else `error`. `upstream` is the label used when `labels` names none.
 *
 * @public
 */
export async function instrumented<T>(
  labels: Partial<UpstreamLabels>,
  upstream: string,
  call: () => Promise<T>,
): Promise<T> {
  const resolved = resolve(labels, upstream);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const value = await call();
    recordUpstreamCall(resolved, 'ok', seconds());
    return value;
  } catch (error) {
    recordUpstreamCall(resolved, outcomeOf(error), seconds());
    throw error;
  }
}

/**
 * For a cache that can answer with an older value: runs `fn` holding back the failed calls
 * it makes; `release(true)` counts them as `stale-served` (the old value was answered),
 * `release(false)` as what they were. Each call is counted once either way.
 *
 * @internal
 */
export async function holdingUpstreamFailures<T>(
  fn: () => Promise<T>,
): Promise<{
  result: PromiseSettledResult<T>;
  release(staleServed: boolean): void;
}> {
  const held: Held = { calls: [], released: false };
  const result = await heldFailures.run(held, () =>
    fn().then(
      value => ({ status: 'fulfilled' as const, value }),
      reason => ({ status: 'rejected' as const, reason }),
    ),
  );
  return {
    result,
    release(staleServed) {
      held.released = true;
      for (const call of held.calls.splice(0)) {
        write(
          staleServed
            ? { ...call.attributes, outcome: 'stale-served' }
            : call.attributes,
          call.seconds,
        );
      }
    },
  };
}

/**
 * The upstream label a display name implies: its first word, lowercased (`ArgoCD prod-eu`
 * -> `argocd`, `GitHub Actions x/y` -> `github`), so helpers named like the product count
 * under it without a label of their own.
 *
 * @internal
 */
export function upstreamLabelOf(displayName: string): string {
  const word = displayName.trim().split(/\s+/)[0] ?? '';
  return word.toLowerCase().replace(/[^a-z0-9:_-]/g, '') || 'unknown';
}
