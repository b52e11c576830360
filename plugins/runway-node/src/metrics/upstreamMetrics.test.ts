import { DescribeImagesCommand, ECRClient } from '@aws-sdk/client-ecr';
import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { metrics } from '@opentelemetry/api';
import {
  DataPointType,
  MeterProvider,
  MetricReader,
} from '@opentelemetry/sdk-metrics';
import { mockClient } from 'aws-sdk-client-mock';
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod/v3';
import { withAwsTimeout } from '../aws/withAwsTimeout';
import { fetchJson } from '../fetchJson';
import { HttpPrometheusClient } from '../prometheus/PrometheusClient';
import { StaleCache } from '../StaleCache';
import { runwayCounter } from './runwayMeter';
import {
  UPSTREAM_CALL_DURATION,
  UPSTREAM_CALLS,
  withUpstreamFamily,
} from './upstreamMetrics';

class TestReader extends MetricReader {
  protected async onForceFlush() {}
  protected async onShutdown() {}
}

let reader: TestReader;
beforeEach(() => {
  metrics.disable();
  reader = new TestReader();
  metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
});

/** `family upstream outcome` -> value, as Prometheus would show the counter. */
async function read(name: string) {
  const { resourceMetrics } = await reader.collect();
  const out: Record<string, number> = {};
  for (const scope of resourceMetrics.scopeMetrics) {
    for (const metric of scope.metrics) {
      if (metric.descriptor.name !== name) continue;
      for (const point of metric.dataPoints) {
        const a = point.attributes;
        const key = [a.family, a.upstream, a.outcome].filter(Boolean).join(' ');
        out[key] =
          metric.dataPointType === DataPointType.HISTOGRAM
            ? (point.value as { count: number }).count
            : (point.value as number);
      }
    }
  }
  return out;
}

const server = setupServer();
registerMswTestHooks(server);
const url = 'http://argocd.test/api/v1/applications';
const options = {
  upstream: 'ArgoCD main',
  schema: z.object({ items: z.array(z.string()) }),
  timeoutMs: 100,
};

describe('upstream call counters', () => {
  it('counts fetchJson calls by outcome: ok, HTTP error, timeout', async () => {
    let answer = 0;
    server.use(
      http.get(url, async () => {
        answer++;
        if (answer === 2) return new HttpResponse('down', { status: 503 });
        if (answer === 3) await delay(1000);
        return HttpResponse.json({ items: ['a'] });
      }),
    );
    const labels = { family: 'deployments' };
    await fetchJson(url, { ...options, labels });
    await expect(fetchJson(url, { ...options, labels })).rejects.toThrow(
      'ArgoCD main failed (HTTP 503)',
    );
    await expect(fetchJson(url, { ...options, labels })).rejects.toThrow(
      'did not answer within 100 ms',
    );
    await fetchJson(url, { ...options, labels });
    expect(await read(UPSTREAM_CALLS)).toEqual({
      'deployments argocd ok': 2,
      'deployments argocd error': 1,
      'deployments argocd timeout': 1,
    });
    // Each call timed once; the timeout took its whole deadline.
    expect(await read(UPSTREAM_CALL_DURATION)).toEqual({
      'deployments argocd ok': 2,
      'deployments argocd error': 1,
      'deployments argocd timeout': 1,
    });
  });

  it('counts a call cancelled while its body arrives as cancelled, not as malformed JSON', async () => {
    // A real loopback server (msw's mocked bodies do not end on an abort): headers and the
    // first bytes now, and the caller cancels before the rest arrives.
    const cancel = new AbortController();
    const upstream = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": ["a"');
      setTimeout(() => cancel.abort(), 20);
    });
    await new Promise<void>(r => upstream.listen(0, '127.0.0.1', r));
    const { port } = upstream.address() as AddressInfo;
    server.use(http.get(`http://127.0.0.1:${port}/*`, () => passthrough()));
    try {
      const call = fetchJson(`http://127.0.0.1:${port}/api/v1/applications`, {
        ...options,
        timeoutMs: 5_000,
        signal: cancel.signal,
        labels: { family: 'slo' },
      });
      await expect(call).rejects.toThrow('ArgoCD main call cancelled');
      expect(await read(UPSTREAM_CALLS)).toEqual({
        'slo argocd cancelled': 1,
      });
    } finally {
      upstream.closeAllConnections();
      await new Promise(r => upstream.close(r));
    }
  });

  it('counts a call its caller cancelled as cancelled, not as an error or a timeout', async () => {
    let aborted = false;
    server.use(
      http.get(url, async ({ request }) => {
        await new Promise(r => request.signal.addEventListener('abort', r));
        aborted = true;
        return HttpResponse.json({ items: [] });
      }),
    );
    const cancel = new AbortController();
    const call = fetchJson(url, {
      ...options,
      timeoutMs: 5_000,
      signal: cancel.signal,
      labels: { family: 'slo' },
    });
    setTimeout(() => cancel.abort(), 20);
    await expect(call).rejects.toThrow('ArgoCD main call cancelled');
    expect(aborted).toBe(true);
    expect(await read(UPSTREAM_CALLS)).toEqual({ 'slo argocd cancelled': 1 });
  });

  it('takes the family from the scope serveFamily sets, else unknown', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: [] })));
    await withUpstreamFamily('oncall', () =>
      // Work started inside the scope keeps it, as a scheduled task does.
      new Promise(resolve => setTimeout(resolve, 1)).then(() =>
        fetchJson(url, { ...options, upstream: 'PagerDuty' }),
      ),
    );
    await fetchJson(url, options);
    expect(await read(UPSTREAM_CALLS)).toEqual({
      'oncall pagerduty ok': 1,
      'unknown argocd ok': 1,
    });
  });

  it('counts Prometheus queries under prometheus, with the family given', async () => {
    server.use(
      http.post('http://prometheus.test/api/v1/query', () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'vector', result: [] },
        }),
      ),
    );
    const client = new HttpPrometheusClient({
      baseUrl: 'http://prometheus.test',
      labels: { family: 'slo' },
    });
    await client.query('up');
    await client.query('up');
    expect(await read(UPSTREAM_CALLS)).toEqual({ 'slo prometheus ok': 2 });
  });

  it('counts a failure a StaleCache hid as stale-served, once', async () => {
    const store = new Map<string, any>();
    const cacheService = {
      get: async (k: string) => store.get(k),
      set: async (k: string, v: any) => void store.set(k, v),
      delete: async (k: string) => void store.delete(k),
      withOptions: () => cacheService,
    };
    let now = Date.parse('2026-12-01T00:00:00Z');
    const cache = new StaleCache(cacheService as any, {
      freshForMs: 1000,
      now: () => now,
    });
    let up = true;
    server.use(
      http.get(url, () =>
        up
          ? HttpResponse.json({ items: ['a'] })
          : new HttpResponse(null, { status: 502 }),
      ),
    );
    const get = () =>
      cache.get('apps', () =>
        fetchJson(url, { ...options, labels: { family: 'deployments' } }),
      );
    await get();
    up = false;
    now += 2000;
    await expect(get()).resolves.toMatchObject({ stale: true });
    // A fetcher that recovers from a failed call itself: that call stays an error.
    now += 2000;
    await cache.get('apps', () =>
      fetchJson(url, { ...options, labels: { family: 'deployments' } }).catch(
        () => ({ items: [] }),
      ),
    );
    // Nothing cached yet: the failure reaches the caller as an error.
    await expect(
      cache.get('other', () =>
        fetchJson(url, { ...options, labels: { family: 'deployments' } }),
      ),
    ).rejects.toThrow('HTTP 502');
    expect(await read(UPSTREAM_CALLS)).toEqual({
      'deployments argocd ok': 1,
      'deployments argocd stale-served': 1,
      'deployments argocd error': 2,
    });
  });

  it('counts AWS commands sent through withAwsTimeout, per AWS API', async () => {
    const ecr = mockClient(ECRClient);
    ecr
      .on(DescribeImagesCommand)
      .resolvesOnce({ imageDetails: [] })
      .rejectsOnce(
        Object.assign(new Error('denied'), { name: 'AccessDeniedException' }),
      )
      .callsFakeOnce(() => new Promise(() => {}));
    const client = new ECRClient({ region: 'eu-west-1' });
    const describe = () =>
      withAwsTimeout(
        50,
        o => client.send(new DescribeImagesCommand({ repositoryName: 'x' }), o),
        { family: 'security', upstream: 'aws:ecr' },
      );
    await describe();
    await expect(describe()).rejects.toThrow('denied');
    await expect(describe()).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(await read(UPSTREAM_CALLS)).toEqual({
      'security aws:ecr ok': 1,
      'security aws:ecr error': 1,
      'security aws:ecr timeout': 1,
    });
    ecr.restore();
  });

  it('makes its instruments again when the SDK registers a provider later', async () => {
    const builds = runwayCounter('runway.test.builds', 'test');
    builds.add();
    expect(await read('runway.test.builds')).toEqual({ '': 1 });
    metrics.disable();
    const later = new TestReader();
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [later] }));
    reader = later;
    builds.add(2);
    expect(await read('runway.test.builds')).toEqual({ '': 2 });
  });
});
