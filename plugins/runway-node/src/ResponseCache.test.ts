import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
import { gunzipSync } from 'zlib';
import { principalKey, ResponseCache } from './ResponseCache';

const answer = (stale: boolean) => ({
  source: { kind: 'live', name: 'x', stale, fetchedAt: '2026-01-01T00:00:00Z' },
  data: { n: Math.random() },
});

describe('ResponseCache', () => {
  it('serialises once: a hit returns the identical bytes and ETag', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    const compute = jest.fn(async () => answer(false));
    const first = await cache.get('k', compute);
    const second = await cache.get('k', compute);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(second.body).toBe(first.body);
    expect(second.etag).toBe(first.etag);
    expect(JSON.parse(first.body.toString())).toEqual(
      (await compute.mock.results[0].value) as object,
    );
  });

  it('computes again once the entry has expired', async () => {
    let now = 0;
    const cache = new ResponseCache({
      ttlMs: 1000,
      staleWhileRevalidateMs: 0,
      now: () => now,
    });
    const compute = jest.fn(async () => answer(false));
    const first = await cache.get('k', compute);
    now = 999;
    expect((await cache.get('k', compute)).body).toBe(first.body);
    now = 1000;
    const later = await cache.get('k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(later.body.equals(first.body)).toBe(false);
  });

  it('answers an expired entry while one recomputation runs, then the new one', async () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 1000, now: () => now });
    const first = await cache.get('k', async () => answer(false));
    now = 1500;
    let release!: () => void;
    const compute = jest.fn(
      () => new Promise<object>(r => (release = () => r(answer(true)))),
    );
    expect((await cache.get('k', compute)).body).toBe(first.body);
    expect((await cache.get('k', compute)).body).toBe(first.body);
    expect(compute).toHaveBeenCalledTimes(1);
    release();
    await new Promise(r => setTimeout(r, 10));
    const next = await cache.get('k', compute);
    expect(JSON.parse(next.body.toString()).source.stale).toBe(true);
    expect(compute).toHaveBeenCalledTimes(1);

    // Past the stale window the caller waits for a fresh answer.
    now = 1500 + 1000 + 1000;
    const waited = await cache.get('k', async () => answer(false));
    expect(JSON.parse(waited.body.toString()).source.stale).toBe(false);
  });

  it('keeps answering the expired entry when its recomputation fails', async () => {
    let now = 0;
    const cache = new ResponseCache({ ttlMs: 1000, now: () => now });
    const first = await cache.get('k', async () => answer(false));
    now = 1200;
    const failing = jest.fn(async () => {
      throw new Error('upstream down');
    });
    expect((await cache.get('k', failing)).body).toBe(first.body);
    await new Promise(r => setTimeout(r, 10));
    expect((await cache.get('k', failing)).body).toBe(first.body);
    expect(failing).toHaveBeenCalledTimes(2);
    now = 2000;
    await expect(cache.get('k', failing)).rejects.toThrow('upstream down');
  });

  it('keeps the stale flag of the answer it cached', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    await cache.get('k', async () => answer(true));
    const hit = await cache.get('k', async () => answer(false));
    expect(JSON.parse(hit.body.toString()).source.stale).toBe(true);
  });

  it('shares one computation between concurrent misses and does not cache failures', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    let release!: () => void;
    const compute = jest.fn(
      () => new Promise<object>(r => (release = () => r(answer(false)))),
    );
    const both = Promise.all([
      cache.get('k', compute),
      cache.get('k', compute),
    ]);
    release();
    const [a, b] = await both;
    expect(compute).toHaveBeenCalledTimes(1);
    expect(a.body).toBe(b.body);

    const failing = jest.fn(async () => {
      throw new Error('upstream down');
    });
    await expect(cache.get('f', failing)).rejects.toThrow('upstream down');
    await expect(cache.get('f', failing)).rejects.toThrow('upstream down');
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it('forgets everything on clear, including a computation already running', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    let release!: () => void;
    const slow = new Promise<object>(r => (release = () => r(answer(false))));
    const running = cache.get('k', () => slow);
    cache.clear();
    release();
    const old = await running;
    const next = await cache.get('k', async () => answer(true));
    expect(next.body).not.toBe(old.body);
  });

  it('drops the oldest entry beyond maxEntries', async () => {
    const cache = new ResponseCache({ ttlMs: 1000, maxEntries: 2 });
    const compute = jest.fn(async () => answer(false));
    await cache.get('a', compute);
    await cache.get('b', compute);
    await cache.get('c', compute);
    await cache.get('b', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    await cache.get('a', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('answers with the cached bytes, their ETag, and 304 when the client has them', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    const compute = jest.fn(async () => answer(true));
    const router = Router();
    router.get('/x', (req, res) => cache.send(req, res, 'x', compute));
    const app = express().use(router);
    const first = await request(app).get('/x');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toMatch(/application\/json/);
    expect(first.body.source.stale).toBe(true);
    const again = await request(app).get('/x');
    expect(again.text).toBe(first.text);
    const unchanged = await request(app)
      .get('/x')
      .set('If-None-Match', first.headers.etag);
    expect(unchanged.status).toBe(304);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('sends the gzip it compressed once to clients that accept it, the bytes to others', async () => {
    const cache = new ResponseCache({ ttlMs: 1000 });
    const big = { items: Array.from({ length: 200 }, (_, i) => ({ i })) };
    const compute = jest.fn(async () => big);
    const router = Router();
    router.get('/x', (req, res) => cache.send(req, res, 'x', compute));
    router.get('/small', (req, res) =>
      cache.send(req, res, 'small', async () => ({ ok: true })),
    );
    const app = express().use(router);
    const { gzip } = await cache.get('x', compute);
    expect(gzip).toBeDefined();
    expect(gunzipSync(gzip!).toString()).toBe(JSON.stringify(big));

    // supertest inflates the body; the length on the wire is the precompressed gzip's.
    const zipped = await request(app).get('/x').set('Accept-Encoding', 'gzip');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['content-length']).toBe(String(gzip!.length));
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.body).toEqual(big);

    const plain = await request(app)
      .get('/x')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(big);

    const small = await request(app)
      .get('/small')
      .set('Accept-Encoding', 'gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ ok: true });
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('keys callers apart', () => {
    const user = {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'user', userEntityRef: 'user:default/ada' },
    } as any;
    const service = {
      $$type: '@backstage/BackstageCredentials',
      principal: { type: 'service', subject: 'external:bench' },
    } as any;
    expect(principalKey(user)).toBe('user:user:default/ada');
    expect(principalKey(service)).toBe('service:external:bench');
  });
});
