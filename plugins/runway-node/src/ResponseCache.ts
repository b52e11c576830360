import { createHash } from 'crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Request, Response } from 'express';

/** A response serialised once: the bytes every hit writes, and their ETag. @public */
export interface CachedBody {
  body: Buffer;
  etag: string;
}

/** @public */
export interface ResponseCacheOptions {
  /** How long a serialised answer is served before it is computed again. */
  ttlMs: number;
  /** Entries kept at most; the oldest go first (default 5000). */
  maxEntries?: number;
  /** Clock, replaceable in tests. */
  now?: () => number;
}

interface Entry extends CachedBody {
  expiresAt: number;
}

/**
 * Keeps the JSON body of a route's answer, serialised once, for a short while: a warm hit
 * is a buffer write, not a recomputation and a JSON.stringify of a large object. The answer
 * is cached as it was computed, source badge (stale, fetchedAt) included. Concurrent misses
 * for one key share one computation; failures are not cached. Key by what the answer
 * depends on, the caller included (`principalKey`) when the answer depends on who asks.
 *
 * @public
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Entry>>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Bumped by `clear`, so a computation started before it is not stored after it. */
  private generation = 0;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 5000;
    this.now = options.now ?? Date.now;
  }

  async get(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    const entry = this.entries.get(key);
    if (entry && this.now() < entry.expiresAt) return entry;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const generation = this.generation;
    const promise = compute()
      .then(value => {
        const body = Buffer.from(JSON.stringify(value));
        const fresh: Entry = {
          body,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          expiresAt: this.now() + this.ttlMs,
        };
        if (generation === this.generation) this.store(key, fresh);
        return fresh;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Forgets every answer: call it after a write that changes what the routes answer. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inFlight.clear();
  }

  /** Answers `req` from the cache: the JSON bytes with their ETag, or 304 when unchanged. */
  async send(
    req: Request,
    res: Response,
    key: string,
    compute: () => Promise<unknown>,
  ): Promise<void> {
    const { body, etag } = await this.get(key, compute);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.type('application/json');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.send(body);
  }

  private store(key: string, entry: Entry) {
    // Re-inserted keys move to the end: the first key is the least recently stored.
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Who is asking, for cache keys of answers that depend on the caller. @public */
export function principalKey(credentials: BackstageCredentials): string {
  const p = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  return `${p.type}:${p.userEntityRef ?? p.subject ?? ''}`;
}
