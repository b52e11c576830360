import { createHash } from 'crypto';
import { promisify } from 'util';
import { gzip as gzipCallback } from 'zlib';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import type { Request, Response } from 'express';

const gzip = promisify(gzipCallback);

/**
 * Bodies smaller than this are sent as they are, like the compression middleware's own
 * threshold: gzip would not pay for itself.
 */
const GZIP_MIN_BYTES = 1024;

/**
 * A response serialised once: the bytes every hit writes, their gzip (compressed once, for
 * bodies of 1 KiB and more), and their ETag. @public
 */
export interface CachedBody {
  body: Buffer;
  gzip?: Buffer;
  etag: string;
}

/** @public */
export interface ResponseCacheOptions {
  /** How long a serialised answer is served before it is computed again. */
  ttlMs: number;
  /**
   * How long past `ttlMs` an entry is still answered while one recomputation runs in the
   * background (default `ttlMs`): an expiry costs no caller a wait, and a burst of expiries
   * is not a burst of callers waiting on the same work. Past it, callers wait (0: always).
   */
  staleWhileRevalidateMs?: number;
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
 * is a buffer write, not a recomputation, a JSON.stringify of a large object and its gzip
 * (both done once per computation). Once expired, an entry is still answered for a while
 * as one recomputation runs (`staleWhileRevalidateMs`). The answer
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
  private readonly staleMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Bumped by `clear`, so a computation started before it is not stored after it. */
  private generation = 0;

  constructor(options: ResponseCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.staleMs = options.staleWhileRevalidateMs ?? options.ttlMs;
    this.maxEntries = options.maxEntries ?? 5000;
    this.now = options.now ?? Date.now;
  }

  async get(key: string, compute: () => Promise<unknown>): Promise<CachedBody> {
    const entry = this.entries.get(key);
    const now = this.now();
    if (entry && now < entry.expiresAt) return entry;
    const pending = this.inFlight.get(key) ?? this.compute(key, compute);
    if (entry && now < entry.expiresAt + this.staleMs) {
      // The previous answer while one recomputation runs; its failure is the next caller's.
      pending.catch(() => {});
      return entry;
    }
    return pending;
  }

  private compute(key: string, compute: () => Promise<unknown>) {
    const generation = this.generation;
    const promise = compute()
      .then(async value => {
        const body = Buffer.from(JSON.stringify(value));
        const fresh: Entry = {
          body,
          // Compressed once here, off the event loop, not by the middleware on every hit.
          gzip: body.length >= GZIP_MIN_BYTES ? await gzip(body) : undefined,
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          expiresAt: this.now() + this.ttlMs,
        };
        if (generation === this.generation) this.store(key, fresh);
        return fresh;
      })
      .finally(() => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
      });
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Forgets every answer: call it after a write that changes what the routes answer. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inFlight.clear();
  }

  /**
   * Answers `req` from the cache: the JSON bytes (their gzip when the client accepts it)
   * with their ETag, or 304 when unchanged.
   */
  async send(
    req: Request,
    res: Response,
    key: string,
    compute: () => Promise<unknown>,
  ): Promise<void> {
    const cached = await this.get(key, compute);
    res.setHeader('ETag', cached.etag);
    res.setHeader('Cache-Control', 'private, no-cache');
    res.type('application/json');
    if (cached.gzip) res.vary('Accept-Encoding');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    if (cached.gzip && req.acceptsEncodings('gzip') === 'gzip') {
      // Already encoded: the compression middleware leaves it as it is.
      res.setHeader('Content-Encoding', 'gzip');
      res.send(cached.gzip);
      return;
    }
    res.send(cached.body);
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
