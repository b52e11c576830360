import { StaleCache } from '@runway/runway-node';
import { JsonValue } from '@backstage/types';

/** How long a failed lookup is remembered before the upstream is asked again. */
export const FAILED_LOOKUP_MS = 30_000;
const MAX_FAILURES = 10_000;

/**
 * Per-app lookups (resource tree, revision metadata) through a StaleCache, with failures
 * remembered for `failedForMs`: a broken lookup is reported on every view but costs one
 * upstream call per window, not one per view. (A StaleCache only keeps successes, and a
 * "not found" is a success the fetcher returns, so it is cached like any value.)
 */
export class LookupCache {
  private readonly failed = new Map<
    string,
    { message: string; until: number }
  >();

  constructor(
    private readonly now: () => number,
    private readonly failedForMs = FAILED_LOOKUP_MS,
  ) {}

  async get<T>(
    cache: StaleCache,
    key: string,
    fetcher: () => Promise<T>,
  ): Promise<T> {
    const failure = this.failed.get(key);
    if (failure && failure.until > this.now()) throw new Error(failure.message);
    try {
      // StaleCache stores JSON; lookup answers are plain JSON data behind interfaces.
      const { value } = await cache.get(
        key,
        fetcher as unknown as () => Promise<JsonValue>,
      );
      this.failed.delete(key);
      return value as unknown as T;
    } catch (e) {
      if (this.failed.size >= MAX_FAILURES) this.failed.clear();
      this.failed.set(key, {
        message: (e as Error).message,
        until: this.now() + this.failedForMs,
      });
      throw e;
    }
  }
}
