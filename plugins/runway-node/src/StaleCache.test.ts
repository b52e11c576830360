import { mockServices } from '@backstage/backend-test-utils';
import {
  cachedSourceInfo,
  StaleCache,
  warnUpstreamFailure,
} from './StaleCache';

function memoryCache(store = new Map<string, any>()) {
  return {
    get: async (k: string) => store.get(k),
    set: async (k: string, v: any) => void store.set(k, v),
    delete: async (k: string) => void store.delete(k),
    withOptions: () => memoryCache(),
  };
}

describe('StaleCache', () => {
  let now: number;
  let cache: StaleCache;
  beforeEach(() => {
    now = Date.parse('2026-11-01T00:00:00Z');
    cache = new StaleCache(memoryCache() as any, {
      freshForMs: 60_000,
      now: () => now,
    });
  });

  it('serves a fresh value without calling the upstream again', async () => {
    const fetcher = jest.fn().mockResolvedValue({ n: 1 });
    await cache.get('k', fetcher);
    now += 59_000;
    const second = await cache.get('k', fetcher);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(second).toEqual({
      value: { n: 1 },
      fetchedAt: '2026-11-01T00:00:00.000Z',
      stale: false,
    });
  });

  it('refreshes an expired value', async () => {
    const fetcher = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await cache.get('k', fetcher);
    now += 61_000;
    expect((await cache.get('k', fetcher)).value).toBe(2);
  });

  it('serves the last good value flagged stale when the upstream fails', async () => {
    await cache.get('k', async () => 'good');
    now += 120_000;
    const result = await cache.get('k', async () => {
      throw new Error('ArgoCD is unreachable');
    });
    expect(result).toEqual({
      value: 'good',
      fetchedAt: '2026-11-01T00:00:00.000Z',
      stale: true,
      error: 'ArgoCD is unreachable',
    });
  });

  it('throws when the upstream fails and nothing was cached', async () => {
    await expect(
      cache.get('k', async () => {
        throw new Error('down');
      }),
    ).rejects.toThrow('down');
  });

  it('logs every failed refresh, with and without a value to fall back on', async () => {
    const logger = mockServices.logger.mock();
    const logged = new StaleCache(memoryCache() as any, {
      freshForMs: 60_000,
      now: () => now,
      logger,
    });
    await expect(
      logged.get('slo:all', () => Promise.reject(new Error('Prometheus down'))),
    ).rejects.toThrow('Prometheus down');
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Refresh of slo:all failed, nothing cached: Prometheus down',
    );
    await logged.get('slo:all', async () => 1);
    now += 61_000;
    const stale = await logged.get('slo:all', () =>
      Promise.reject(new Error('Prometheus down')),
    );
    expect(stale.stale).toBe(true);
    expect(logger.warn).toHaveBeenLastCalledWith(
      'Refresh of slo:all failed, serving the value of 2026-11-01T00:00:00.000Z: Prometheus down',
    );
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('shares one upstream call between concurrent misses', async () => {
    let calls = 0;
    const fetcher = async () => {
      calls += 1;
      await new Promise(r => setTimeout(r, 10));
      return calls;
    };
    const results = await Promise.all(
      [1, 2, 3].map(() => cache.get('k', fetcher)),
    );
    expect(calls).toBe(1);
    expect(results.map(r => r.value)).toEqual([1, 1, 1]);
  });

  it('stores an entry as one JSON string, and still reads one stored as an object', async () => {
    const store = new Map<string, any>();
    const strings = new StaleCache(memoryCache(store) as any, {
      freshForMs: 60_000,
      now: () => now,
    });
    await strings.get('k', async () => ({ items: [{ ref: 'a' }] }));
    expect(typeof store.get('k')).toBe('string');
    expect(JSON.parse(store.get('k'))).toEqual({
      value: { items: [{ ref: 'a' }] },
      fetchedAt: '2026-11-01T00:00:00.000Z',
    });

    // An entry another replica (or the previous release) wrote as an object.
    store.set('old', { value: 7, fetchedAt: '2026-11-01T00:00:00.000Z' });
    const fetcher = jest.fn().mockResolvedValue(8);
    expect((await strings.get('old', fetcher)).value).toBe(7);
    expect(fetcher).not.toHaveBeenCalled();
  });
});

describe('warnUpstreamFailure', () => {
  it('names the family, the upstream and what was served', () => {
    const logger = mockServices.logger.mock();
    warnUpstreamFailure(logger, {
      family: 'adr',
      upstream: 'github.com',
      what: 'https://github.com/o/r/docs/adr',
      error: new Error('rate limited'),
      servingSince: '2026-12-01T00:00:00.000Z',
    });
    warnUpstreamFailure(logger, {
      family: 'oncall',
      upstream: 'prometheus',
      what: 'alerts',
      error: 'timeout',
    });
    expect(logger.warn.mock.calls.map(c => c[0])).toEqual([
      'adr: github.com failed reading https://github.com/o/r/docs/adr, serving the value of 2026-12-01T00:00:00.000Z: rate limited',
      'oncall: prometheus failed reading alerts, nothing served: timeout',
    ]);
  });
});

describe('cachedSourceInfo', () => {
  it('names the source and carries how fresh the cached answer is', () => {
    expect(
      cachedSourceInfo(
        { kind: 'live', name: 'pagerduty' },
        {
          value: [],
          fetchedAt: '2026-01-01T00:00:00Z',
          stale: true,
          error: 'PagerDuty answered 503',
        },
      ),
    ).toEqual({
      kind: 'live',
      name: 'pagerduty',
      stale: true,
      fetchedAt: '2026-01-01T00:00:00Z',
      error: 'PagerDuty answered 503',
    });
  });
});
