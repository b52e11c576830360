import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { UpstreamError } from '../fetchJson';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { HttpPrometheusClient, PrometheusQueryError } from './PrometheusClient';
import vector from './__fixtures__/query-vector.json';
import matrix from './__fixtures__/query-range-matrix.json';
import alerts from './__fixtures__/alerts.json';
import badQuery from './__fixtures__/error-bad-query.json';
import maxResolution from './__fixtures__/error-max-resolution.json';
import unavailable from './__fixtures__/error-unavailable.json';

const base = 'http://prometheus.test:9090';
const server = setupServer();
registerMswTestHooks(server);

const client = new HttpPrometheusClient({
  baseUrl: `${base}/`,
  headers: { Authorization: 'Bearer t0ken' },
  timeoutMs: 200,
});

describe('HttpPrometheusClient', () => {
  it('POSTs an instant query as a form with the auth header and the time', async () => {
    let seen: { auth: string | null; form: Record<string, string> } | undefined;
    server.use(
      http.post(`${base}/api/v1/query`, async ({ request }) => {
        seen = {
          auth: request.headers.get('authorization'),
          form: Object.fromEntries(new URLSearchParams(await request.text())),
        };
        return HttpResponse.json(vector);
      }),
    );
    const result = await client.query(
      'slo:sli_error:ratio_rate5m',
      new Date('2025-11-22T00:00:00Z'),
    );
    expect(seen).toEqual({
      auth: 'Bearer t0ken',
      form: { query: 'slo:sli_error:ratio_rate5m', time: '1763769600' },
    });
    expect(result.map(r => [r.metric.sloth_service, r.value[1]])).toEqual([
      ['checkout-api', '0.00042'],
      ['cart-api', 'NaN'],
    ]);
  });

  it('sends start, end and step for a range query', async () => {
    let form: Record<string, string> = {};
    server.use(
      http.post(`${base}/api/v1/query_range`, async ({ request }) => {
        form = Object.fromEntries(new URLSearchParams(await request.text()));
        return HttpResponse.json(matrix);
      }),
    );
    const series = await client.queryRange(
      'x',
      new Date(1763762400_000),
      new Date(1763769600_000),
      3600,
    );
    expect(form).toEqual({
      query: 'x',
      start: '1763762400',
      end: '1763769600',
      step: '3600',
    });
    expect(series[0].values).toHaveLength(3);
  });

  it('refuses a range over 11,000 points without calling Prometheus', async () => {
    const called = jest.fn();
    server.use(
      http.post(`${base}/api/v1/query_range`, () => {
        called();
        return HttpResponse.json(matrix);
      }),
    );
    await expect(
      client.queryRange('x', new Date(0), new Date(11_000_000), 1),
    ).rejects.toThrow(
      'range query would return 11001 points per series; Prometheus allows 11000',
    );
    expect(called).not.toHaveBeenCalled();
  });

  it('turns a bad query (400) into a PrometheusQueryError with the reason', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, () =>
        HttpResponse.json(badQuery, { status: 400 }),
      ),
    );
    const error = await client.query('sum(}').catch(e => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect(error.name).toBe('InputError');
    expect(error.errorType).toBe('bad_data');
    expect(error.tooManyPoints).toBe(false);
    expect(error.message).toBe(
      'Prometheus rejected the query (bad_data): invalid parameter "query": 1:6: parse error: unexpected "}"',
    );
  });

  it('recognises "exceeded maximum resolution" (400)', async () => {
    server.use(
      http.post(`${base}/api/v1/query_range`, () =>
        HttpResponse.json(maxResolution, { status: 400 }),
      ),
    );
    const error = await client
      .queryRange('x', new Date(0), new Date(3600_000), 60)
      .catch(e => e);
    expect(error).toBeInstanceOf(PrometheusQueryError);
    expect(error.tooManyPoints).toBe(true);
  });

  it('treats an execution error (422) as a query error too', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, () =>
        HttpResponse.json(
          {
            status: 'error',
            errorType: 'execution',
            error: 'many-to-many matching not allowed',
          },
          { status: 422 },
        ),
      ),
    );
    await expect(client.query('a / b')).rejects.toThrow(
      'Prometheus rejected the query (execution): many-to-many matching not allowed',
    );
  });

  it('reports Prometheus unavailable (503) as an UpstreamError', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, () =>
        HttpResponse.json(unavailable, { status: 503 }),
      ),
    );
    const error = await client.query('up').catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.upstreamStatus).toBe(503);
    expect(error.message).toBe('Prometheus failed (HTTP 503)');
  });

  it('gives up on a hanging Prometheus after the timeout', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, async () => {
        await delay('infinite');
        return HttpResponse.json(vector);
      }),
    );
    await expect(client.query('up')).rejects.toThrow(
      'Prometheus did not answer within 200 ms',
    );
  });

  it('rejects a payload that is not a vector', async () => {
    server.use(
      http.post(`${base}/api/v1/query`, () => HttpResponse.json(matrix)),
    );
    await expect(client.query('up')).rejects.toThrow(
      'Prometheus returned an unexpected payload (data.resultType',
    );
  });

  it('lists alerts as Prometheus documents them', async () => {
    server.use(
      http.get(`${base}/api/v1/alerts`, () => HttpResponse.json(alerts)),
    );
    const result = await client.alerts();
    expect(result.map(a => [a.labels.alertname, a.state])).toEqual([
      ['SloErrorBudgetBurn', 'firing'],
      ['Watchdog', 'pending'],
    ]);
  });

  it('reads its config, the auth header included', async () => {
    let auth: string | null = null;
    server.use(
      http.get('http://prom.cfg/api/v1/alerts', ({ request }) => {
        auth = request.headers.get('x-scope-orgid');
        return HttpResponse.json(alerts);
      }),
    );
    const configured = HttpPrometheusClient.fromConfig(
      new ConfigReader({
        prometheus: {
          url: 'http://prom.cfg',
          authHeader: { name: 'X-Scope-OrgID', value: 'tenant-1' },
          timeoutMs: 1000,
        },
      }),
    );
    await configured.alerts();
    expect(auth).toBe('tenant-1');
  });
});
