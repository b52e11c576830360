import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { HttpPrometheusClient } from '@runway/runway-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PrometheusRequestSource } from './PrometheusRequestSource';

const server = setupServer();
registerMswTestHooks(server);

const prometheus = new HttpPrometheusClient({
  baseUrl: 'http://prometheus.test',
  timeoutMs: 1000,
});
const source = new PrometheusRequestSource(prometheus, {
  metric: 'http_requests_total',
  serviceLabel: 'service',
});
const now = new Date('2026-11-20T10:00:00Z');
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`) / 1000;

describe('PrometheusRequestSource', () => {
  it('reads every service in one range query sampled at midnight, complete days only', async () => {
    const bodies: URLSearchParams[] = [];
    server.use(
      http.post(
        'http://prometheus.test/api/v1/query_range',
        async ({ request }) => {
          bodies.push(new URLSearchParams(await request.text()));
          return HttpResponse.json({
            status: 'success',
            data: {
              resultType: 'matrix',
              result: [
                {
                  metric: { service: 'checkout-api' },
                  values: [
                    [midnight('2026-11-19'), '86400'],
                    [midnight('2026-11-20'), '172800.4'],
                  ],
                },
                {
                  metric: { service: 'search-api' },
                  values: [[midnight('2026-11-20'), 'NaN']],
                },
                { metric: {}, values: [[midnight('2026-11-20'), '5']] },
              ],
            },
          });
        },
      ),
    );
    const counts = await source.dailyRequests(
      ['2026-11-18', '2026-11-19', '2026-11-20'],
      now,
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0].get('query')).toBe(
      'sum by (service) (increase(http_requests_total[1d]))',
    );
    // Nov 18 and 19 are complete: samples at Nov 19 00:00 and Nov 20 00:00; today is not asked.
    expect(bodies[0].get('start')).toBe(String(midnight('2026-11-19')));
    expect(bodies[0].get('end')).toBe(String(midnight('2026-11-20')));
    expect(bodies[0].get('step')).toBe('86400');
    expect(counts.get('checkout-api')).toEqual(
      new Map([
        ['2026-11-18', 86400],
        ['2026-11-19', 172800],
      ]),
    );
    expect(counts.get('search-api')).toEqual(new Map());
    expect(counts.size).toBe(2);
  });

  it('surfaces a Prometheus outage as an error for the refresh to record', async () => {
    server.use(
      http.post(
        'http://prometheus.test/api/v1/query_range',
        () => new HttpResponse('down', { status: 503 }),
      ),
    );
    await expect(source.dailyRequests(['2026-11-19'], now)).rejects.toThrow();
  });

  it('asks nothing when no day is complete yet', async () => {
    expect((await source.dailyRequests(['2026-11-20'], now)).size).toBe(0);
  });
});
