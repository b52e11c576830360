import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { HttpPrometheusClient } from '@runway/runway-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { AlertSource } from './AlertSource';
import { DemoAlertSource } from './DemoAlertSource';
import { PrometheusAlertSource } from './PrometheusAlertSource';

// The same cases against the demo source and the Prometheus one (faked at the wire): same
// alert shape, same burn-rate shape, same empty answers.
const server = setupServer();
registerMswTestHooks(server);
const base = 'http://prometheus.test';

function fakePrometheus(): AlertSource {
  server.use(
    http.get(`${base}/api/v1/alerts`, () =>
      HttpResponse.json({
        status: 'success',
        data: {
          alerts: [
            {
              labels: {
                alertname: 'SloErrorBudgetBurnFast',
                severity: 'page',
                sloth_service: 'payments-api',
                sloth_slo: 'requests-availability',
              },
              annotations: { summary: 'burning' },
              state: 'firing',
              activeAt: '2026-11-20T09:50:00Z',
              value: '2.5e+01',
            },
          ],
        },
      }),
    ),
    http.post(`${base}/api/v1/query`, async ({ request }) => {
      const query = new URLSearchParams(await request.text()).get('query')!;
      const known = query.includes('sloth_service="payments-api"');
      return HttpResponse.json({
        status: 'success',
        data: {
          resultType: 'vector',
          result: known
            ? ['requests-latency', 'requests-availability'].map(slo => ({
                metric: { sloth_service: 'payments-api', sloth_slo: slo },
                value: [1763769600, '1.5'],
              }))
            : [],
        },
      });
    }),
  );
  return new PrometheusAlertSource(
    new HttpPrometheusClient({ baseUrl: base, timeoutMs: 500 }),
  );
}

const sources: Array<[string, () => AlertSource]> = [
  [
    'demo',
    () =>
      new DemoAlertSource(
        new ConfigReader({}),
        () => new Date('2026-11-20T10:30:00Z'),
      ),
  ],
  ['live', fakePrometheus],
];

describe.each(sources)('AlertSource contract: %s', (_, create) => {
  it('lists firing alerts with Sloth labels in one shape', async () => {
    const alerts = await create().listAlerts();
    expect(alerts).toContainEqual({
      labels: expect.objectContaining({
        alertname: 'SloErrorBudgetBurnFast',
        severity: 'page',
        sloth_service: 'payments-api',
        sloth_slo: 'requests-availability',
      }),
      annotations: expect.any(Object),
      state: 'firing',
      activeAt: expect.any(String),
    });
  });

  it("answers a service's burn rates per SLO, sorted by SLO name", async () => {
    const rates = await create().burnRates('payments-api');
    expect(rates.map(r => r.slo)).toEqual([
      'requests-availability',
      'requests-latency',
    ]);
    for (const r of rates) expect(typeof r.burnRate).toBe('number');
  });

  it.each(['no-such-service', 'a"} or vector(1)'])(
    'answers no burn rates for %j rather than an error',
    async name => {
      await expect(create().burnRates(name)).resolves.toEqual([]);
    },
  );
});
