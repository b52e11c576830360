import {
  registerMswTestHooks,
  mockCredentials,
  mockServices,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  HttpPrometheusClient,
  PrometheusQueryError,
  StaleCache,
  UpstreamError,
} from '@runway/runway-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SloService } from '../service/SloService';
import { SpecReader } from '../spec/SpecReader';
import { PrometheusSloSource } from './PrometheusSloSource';

const base = 'http://prometheus.test';
const server = setupServer();
registerMswTestHooks(server);

const vector = (
  result: Array<{ metric: Record<string, string>; value: [number, string] }>,
) => ({
  status: 'success',
  data: { resultType: 'vector', result },
});
/** The services a batched query asks about: `service="a"` or `service=~"a|b"`. */
const servicesIn = (query: string) => {
  const m = /service(=~?)"([^"]*)"/.exec(query);
  if (!m) return [];
  return m[1] === '=' ? [m[2]] : m[2].split('|');
};
const emptyAlerts = { status: 'success', data: { alerts: [] } };

const spec = (service: string) => `
version: prometheus/v1
service: ${service}
slos:
  - name: availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
    alerting:
      name: HighErrorRate
`;
const entity = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'backstage.io/managed-by-location': `url:https://git.example.com/org/${name}/blob/main/catalog-info.yaml`,
      'runway.dev/slo-location': './slo/slo.yaml',
    },
  },
  spec: {},
});

function setup(names: string[]) {
  let now = Date.parse('2025-11-22T00:00:00Z');
  const urlReader = {
    readUrl: jest.fn(async (url: string) => {
      const name = /org\/([^/]+)\//.exec(url)![1];
      return { buffer: async () => Buffer.from(spec(name)) };
    }),
    readTree: jest.fn(),
    search: jest.fn(),
  };
  const cache = mockServices.cache.mock();
  const store = new Map<string, any>();
  cache.get.mockImplementation(async k => store.get(k));
  cache.set.mockImplementation(async (k, v) => void store.set(k, v));
  const stale = new StaleCache(cache, { freshForMs: 60_000, now: () => now });
  const logger = mockServices.logger.mock();
  const slos = new SloService({
    catalog: catalogServiceMock({ entities: names.map(entity) }),
    specs: new SpecReader(urlReader, stale),
    source: new PrometheusSloSource(
      new HttpPrometheusClient({ baseUrl: base, timeoutMs: 500 }),
    ),
    cache: stale,
    logger,
    now: () => new Date(now),
  });
  return { slos, urlReader, logger, advance: (ms: number) => (now += ms) };
}

type Sample = { metric: Record<string, string>; value: [number, string] };

/**
 * Prometheus answering the rules query with `rules` (none by default: Sloth's rules absent),
 * and each spec query for every service of its one branch (`sum by (service)`) with a 0.2%
 * error ratio. Returns the queries asked, in order.
 */
/** Sloth's ratio series of `service`'s availability SLO, `ratio` in every window. */
const slothRatios = (service: string, ratio: string): Sample[] =>
  ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'].map(w => ({
    metric: {
      __name__: `slo:sli_error:ratio_rate${w}`,
      sloth_service: service,
      sloth_slo: 'availability',
    },
    value: [1, ratio],
  }));

function prometheusWith(
  rules: (queries: string[]) => Sample[] | Promise<Sample[]> = () => [],
  /** Runs before a spec query is answered: Prometheus still computing it. */
  computing?: (signal: AbortSignal) => Promise<void>,
): string[] {
  const queries: string[] = [];
  server.use(
    http.post(`${base}/api/v1/query`, async ({ request }) => {
      const query = new URLSearchParams(await request.text()).get('query')!;
      queries.push(query);
      if (query.startsWith('max by'))
        return HttpResponse.json(vector(await rules(queries)));
      await computing?.(request.signal);
      return HttpResponse.json(
        vector(
          servicesIn(query).map(s => ({
            metric: { service: s, runway_branch: '0' },
            value: [1, '0.002'],
          })),
        ),
      );
    }),
    http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(emptyAlerts)),
  );
  return queries;
}

describe('PrometheusSloSource through SloService (Prometheus faked at the wire)', () => {
  it.each([12, 500])(
    'asks the same number of queries for %i services (Sloth rules present)',
    async count => {
      const names = Array.from({ length: count }, (_, k) => `svc-${k}`);
      const queries: string[] = [];
      let alertCalls = 0;
      server.use(
        http.post(`${base}/api/v1/query`, async ({ request }) => {
          const query = new URLSearchParams(await request.text()).get('query')!;
          queries.push(query);
          if (!query.includes('__name__=~'))
            return HttpResponse.json(vector([]));
          // Sloth's rules exist for every service: 0.05% errors, except no traffic in 5m for
          // svc-1, and half the budget left. Grouped by __name__, Prometheus keeps the name.
          const windows = ['5m', '30m', '1h', '2h', '6h', '1d', '3d', '30d'];
          return HttpResponse.json(
            vector(
              names.flatMap(s => [
                ...windows.map(w => ({
                  metric: {
                    __name__: `slo:sli_error:ratio_rate${w}`,
                    sloth_service: s,
                    sloth_slo: 'availability',
                  },
                  value: [
                    1763769600,
                    w === '5m' && s === 'svc-1' ? 'NaN' : '0.0005',
                  ] as [number, string],
                })),
                {
                  metric: {
                    __name__: 'slo:period_error_budget_remaining:ratio',
                    sloth_service: s,
                    sloth_slo: 'availability',
                  },
                  value: [1763769600, '0.5'] as [number, string],
                },
              ]),
            ),
          );
        }),
        http.get(`${base}/api/v1/alerts`, () => {
          alertCalls++;
          return HttpResponse.json(emptyAlerts);
        }),
      );
      const { slos, urlReader, advance } = setup(names);
      const res = await slos.all(mockCredentials.user());
      // A new process does not know the rules exist: the 8 window queries went out after the
      // rules query, without waiting for its answer. Once the rules are seen to cover every SLO, every window and the
      // remaining budget are ONE query and one alerts call, the same for 12 and 500 services.
      expect(queries).toHaveLength(9);
      advance(61_000);
      await slos.all(mockCredentials.user());
      expect(queries.slice(9)).toHaveLength(1);
      expect(queries[9]).toBe(queries[0]);
      expect(alertCalls).toBe(2);
      expect(queries[0]).toMatch(
        /^max by \(__name__, sloth_service, sloth_slo\) \(\{__name__=~"slo:sli_error:ratio_rate5m\|.*\|slo:period_error_budget_remaining:ratio", sloth_service=~"svc-0\|svc-1\|/,
      );
      expect(urlReader.readUrl).toHaveBeenCalledWith(
        'https://git.example.com/org/svc-0/blob/main/slo/slo.yaml',
        {
          signal: expect.any(AbortSignal),
        },
      );
      expect(res.data.items).toHaveLength(count);
      const b = res.data.items.find(
        i => i.entityRef === 'component:default/svc-1',
      )!.slos[0];
      expect(b.burnRates['5m']).toBeNull();
      expect(b.burnRates['1h']).toBeCloseTo(0.5, 9);
      expect(b.budget.remaining).toBeCloseTo(0.5, 9);
      expect(b.via).toBe('sloth-recording-rules');
      expect(res.source).toMatchObject({
        kind: 'live',
        name: 'prometheus',
        stale: false,
      });
    },
  );

  it.each([12, 500])(
    'falls back to the spec queries in one batched query per window for %i services',
    async count => {
      const names = Array.from({ length: count }, (_, k) => `svc-${k}`);
      const queries = prometheusWith();
      const { slos } = setup(names);
      const res = await slos.all(mockCredentials.user());
      // 1 for Sloth's rules, then 1 per window for all services
      expect(queries).toHaveLength(9);
      expect(queries[1]).toMatch(
        /^label_replace\(\(sum by \(service\) \(rate\(http_requests_total\{service=~"svc-0\|svc-1\|[^"]*",code=~"5\.\."\}\[5m\]\)\)\) \/ \(sum by \(service\) \(rate\(http_requests_total\{service=~"svc-0\|svc-1\|[^"]*"\}\[5m\]\)\)\), "runway_branch", "0", "", ""\)$/,
      );
      expect(queries[1].split('\nor\n')).toHaveLength(1);
      expect(servicesIn(queries[1])).toHaveLength(count);
      const item = res.data.items[count - 1].slos[0];
      expect(item.via).toBe('spec-queries');
      expect(item.burnRates['3d']).toBeCloseTo(2, 9);
      expect(item.status).toBe('ticket');
    },
  );

  it('sends the window queries with the rules query, not after its answer, while no rules are seen', async () => {
    const names = ['svc-0', 'svc-1'];
    let windowsBeforeRulesAnswer = -1;
    const queries = prometheusWith(async asked => {
      // Holds the rules answer until the 8 window queries have arrived (or 1 s).
      const until = Date.now() + 1_000;
      while (asked.length < 9 && Date.now() < until)
        await new Promise(r => setTimeout(r, 5));
      windowsBeforeRulesAnswer = asked.length - 1;
      return [];
    });
    const { slos, advance } = setup(names);
    const first = await slos.all(mockCredentials.user());
    expect(windowsBeforeRulesAnswer).toBe(8);
    expect(queries).toHaveLength(9);
    advance(61_000);
    const second = await slos.all(mockCredentials.user());
    // Still no rules: the next measurement sends them together again, and reads the same.
    expect(queries).toHaveLength(18);
    expect(second.data.items).toEqual(first.data.items);
    expect(first.data.items[0].slos[0]).toMatchObject({ via: 'spec-queries' });
    expect(first.data.items[0].slos[0].burnRates['3d']).toBeCloseTo(2, 9);
  });

  it('cancels the window queries still running once the rules cover every SLO', async () => {
    let cancelled = 0;
    // Each window query answers after 2 s, unless its client goes away first.
    prometheusWith(
      () => slothRatios('svc-0', '0.0005'),
      async signal => {
        await new Promise(r => {
          signal.addEventListener('abort', r);
          setTimeout(r, 2_000);
        });
        if (signal.aborted) cancelled++;
      },
    );
    const { slos } = setup(['svc-0']);
    const res = await slos.all(mockCredentials.user());
    expect(res.data.items[0].slos[0].via).toBe('sloth-recording-rules');
    await new Promise(r => setTimeout(r, 50));
    expect(cancelled).toBe(8);
  });

  it('takes the rules where they exist and the spec queries for the rest', async () => {
    // Rules for svc-0 only, 0.05% errors in every window.
    const queries = prometheusWith(() => slothRatios('svc-0', '0.0005'));
    const { slos } = setup(['svc-0', 'svc-1']);
    const res = await slos.all(mockCredentials.user());
    const [a, b] = res.data.items.map(i => i.slos[0]);
    // svc-0's spec-query answer (0.2%) arrived too, and is not the one shown.
    expect(a.via).toBe('sloth-recording-rules');
    expect(a.burnRates['1h']).toBeCloseTo(0.5, 9);
    expect(b.via).toBe('spec-queries');
    expect(b.burnRates['1h']).toBeCloseTo(2, 9);
    expect(queries).toHaveLength(9);
  });

  it('asks only the windows the batch fields read, and answers them in full', async () => {
    const names = ['svc-0', 'svc-1'];
    const queries = prometheusWith();
    const { slos } = setup(names);
    const res = await slos.forEntities(
      names.map(n => `component:default/${n}`),
      mockCredentials.user(),
      ['slos.name', 'slos.sli', 'slos.burnRates.1d'],
    );
    // Sloth's rules, then the period (SLI) and 1d: not the six other windows
    const windows = queries
      .slice(1)
      .map(q => /\[(\w+)\]/.exec(q)![1])
      .sort();
    expect(windows).toEqual(['1d', '30d']);
    const slo = res.data.items[0].slos[0];
    expect(slo.sli).toBeCloseTo(0.998, 9);
    expect(slo.burnRates['1d']).toBeCloseTo(2, 9);
  });

  it('serves the last good numbers flagged stale when Prometheus answers 503', async () => {
    let down = false;
    server.use(
      http.post(`${base}/api/v1/query`, () =>
        down
          ? HttpResponse.json(
              {
                status: 'error',
                errorType: 'unavailable',
                error: 'TSDB not ready',
              },
              { status: 503 },
            )
          : HttpResponse.json(
              vector([
                {
                  metric: {
                    __name__: 'slo:sli_error:ratio_rate1h',
                    sloth_service: 'aa',
                    sloth_slo: 'availability',
                  },
                  value: [1, '0.001'],
                },
              ]),
            ),
      ),
      http.post(`${base}/api/v1/query_range`, () =>
        HttpResponse.json({
          status: 'success',
          data: { resultType: 'matrix', result: [] },
        }),
      ),
      http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(emptyAlerts)),
    );
    const { slos, advance, logger } = setup(['aa']);
    const fresh = await slos.forEntity(
      'component:default/aa',
      mockCredentials.user(),
    );
    expect(fresh.data.slos[0].burnRates['1h']).toBeCloseTo(1, 9);
    down = true;
    advance(120_000);
    const stale = await slos.forEntity(
      'component:default/aa',
      mockCredentials.user(),
    );
    expect(stale.source).toMatchObject({
      stale: true,
      error: 'Prometheus failed (HTTP 503)',
    });
    expect(stale.data.slos[0].burnRates['1h']).toBeCloseTo(1, 9);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      `slo: prometheus failed reading 1 SLO, serving the value of ${fresh.source.fetchedAt}: Prometheus failed (HTTP 503)`,
    );
  });

  it('fails with a typed error when Prometheus is down and nothing is cached', async () => {
    server.use(
      http.post(
        `${base}/api/v1/query`,
        () => new HttpResponse('Service Unavailable', { status: 503 }),
      ),
      http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(emptyAlerts)),
    );
    const { slos, logger } = setup(['aa']);
    const error = await slos
      .forEntity('component:default/aa', mockCredentials.user())
      .catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.name).toBe('ServiceUnavailableError');
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toMatch(
      /^slo: prometheus failed reading 1 SLO, nothing served: /,
    );
  });

  it('isolates a spec whose query Prometheus rejects, so the other SLOs still show', async () => {
    let queries = 0;
    server.use(
      http.post(`${base}/api/v1/query`, async ({ request }) => {
        queries++;
        const query = new URLSearchParams(await request.text()).get('query')!;
        if (query.startsWith('max by')) return HttpResponse.json(vector([]));
        if (servicesIn(query).includes('bb')) {
          return HttpResponse.json(
            {
              status: 'error',
              errorType: 'bad_data',
              error: 'parse error: unexpected character',
            },
            { status: 400 },
          );
        }
        return HttpResponse.json(
          vector(
            servicesIn(query).map(s => ({
              metric: { service: s, runway_branch: '0' },
              value: [1, '0.0001'],
            })),
          ),
        );
      }),
      http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(emptyAlerts)),
    );
    const { slos } = setup(['aa', 'bb', 'cc']);
    const res = await slos.all(mockCredentials.user());
    const byRef = Object.fromEntries(
      res.data.items.map(i => [i.entityRef.split('/')[1], i.slos[0]]),
    );
    expect(byRef.bb.error).toBe(
      'Prometheus rejected the query (bad_data): parse error: unexpected character',
    );
    expect(byRef.bb.status).toBe('no-data');
    expect(byRef.aa.burnRates['1h']).toBeCloseTo(0.1, 9);
    expect(byRef.cc.burnRates['1h']).toBeCloseTo(0.1, 9);
    expect(byRef.aa.error).toBeUndefined();
    // 1 rule lookup, then per window: the batch, its halves [aa,bb] and [cc], then [aa] and [bb]
    expect(queries).toBe(1 + 8 * 5);
  });

  it('still fails loudly when Prometheus rejects the recording-rule queries (not a per-SLO error)', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, () =>
        HttpResponse.json(
          {
            status: 'error',
            errorType: 'bad_data',
            error:
              'exceeded maximum resolution of 11,000 points per timeseries',
          },
          { status: 400 },
        ),
      ),
      http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(emptyAlerts)),
    );
    const { slos } = setup(['aa']);
    const error = await slos.all(mockCredentials.user()).catch(e => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect(error.tooManyPoints).toBe(true);
  });
});
