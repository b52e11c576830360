import express from 'express';
import Router from 'express-promise-router';
import request from 'supertest';
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
    const cache = new ResponseCache({ ttlMs: 1000, now: () => now });
    const compute = jest.fn(async () => answer(false));
    const first = await cache.get('k', compute);
    now = 999;
    expect((await cache.get('k', compute)).body).toBe(first.body);
    now = 1000;
    const later = await cache.get('k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(later.body.equals(first.body)).toBe(false);
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
