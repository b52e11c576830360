import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { BURN_WINDOWS, SLO_PERIOD_WINDOW } from '@runway/plugin-slo-common';
import { HttpPrometheusClient } from '@runway/runway-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SloDefinition } from '../spec/slothSpec';
import { DemoSloSource } from './DemoSloSource';
import { PrometheusSloSource } from './PrometheusSloSource';
import { SloSource, sloKey } from './SloSource';

// The same cases against the demo source and the Prometheus one (faked at the wire, with
// Sloth's recording rules deployed for payments-api): same answer shapes, same silences.
const server = setupServer();
registerMswTestHooks(server);
const base = 'http://prometheus.test';
const now = new Date('2026-11-20T10:30:00Z');

const definition = (service: string): SloDefinition => ({
  service,
  name: 'requests-availability',
  objective: 99.9,
  errorRatioQuery: `sum(rate(errors{service="${service}"}[{{.window}}]))`,
});
const payments = definition('payments-api');
const unknown = definition('no-such-service');
const paymentsSeries = {
  sloth_service: 'payments-api',
  sloth_slo: 'requests-availability',
};

function fakePrometheus() {
  server.use(
    http.post(`${base}/api/v1/query`, async ({ request }) => {
      const query = new URLSearchParams(await request.text()).get('query')!;
      const onRules =
        query.includes('__name__=~') && query.includes('payments-api');
      return HttpResponse.json({
        status: 'success',
        data: {
          resultType: 'vector',
          result: onRules
            ? [
                {
                  metric: {
                    __name__: 'slo:sli_error:ratio_rate1h',
                    ...paymentsSeries,
                  },
                  value: [now.getTime() / 1000, '0.02'],
                },
              ]
            : [],
        },
      });
    }),
    http.post(`${base}/api/v1/query_range`, () =>
      HttpResponse.json({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            {
              metric: paymentsSeries,
              values: [[now.getTime() / 1000 - 3600, '0.001']],
            },
          ],
        },
      }),
    ),
    http.get(`${base}/api/v1/alerts`, () =>
      HttpResponse.json({
        status: 'success',
        data: {
          alerts: [
            {
              labels: {
                alertname: 'SloErrorBudgetBurnFast',
                severity: 'page',
                ...paymentsSeries,
              },
              annotations: {},
              state: 'firing',
              activeAt: '2026-11-20T09:50:00Z',
              value: '1e+00',
            },
          ],
        },
      }),
    ),
  );
  return new PrometheusSloSource(
    new HttpPrometheusClient({ baseUrl: base, timeoutMs: 500 }),
  );
}

const sources: Array<[string, () => SloSource]> = [
  ['demo', () => new DemoSloSource(new ConfigReader({}))],
  ['live', fakePrometheus],
];

describe.each(sources)('SloSource contract: %s', (_, create) => {
  it('answers nothing, without asking, for no SLOs', async () => {
    await expect(
      create().measure([], { now, withSeries: false }),
    ).resolves.toEqual({ measurements: {}, alerts: [] });
  });

  it('measures a known SLO over every window and the period', async () => {
    const { measurements } = await create().measure([payments], {
      now,
      withSeries: false,
    });
    const m = measurements[sloKey(payments.service, payments.name)];
    expect(Object.keys(m.ratios).sort()).toEqual(
      [...BURN_WINDOWS, SLO_PERIOD_WINDOW].sort(),
    );
    expect(Object.values(m.ratios).some(r => typeof r === 'number')).toBe(true);
    expect(m.slices).toBeUndefined();
  });

  it('adds burn-down slices only when asked', async () => {
    const { measurements } = await create().measure([payments], {
      now,
      withSeries: true,
    });
    const { slices } = measurements[sloKey(payments.service, payments.name)];
    expect(slices!.length).toBeGreaterThan(0);
    expect(slices![0]).toEqual({
      t: expect.any(Number),
      ratio: expect.any(Number),
      weight: expect.any(Number),
    });
  });

  it('leaves out an SLO it has no data for rather than inventing numbers', async () => {
    const { measurements, alerts } = await create().measure([unknown], {
      now,
      withSeries: false,
    });
    expect(measurements).toEqual({});
    // The firing payments-api alert is not about the services asked for.
    expect(alerts).toEqual([]);
  });

  it("answers the asked services' firing alerts in one shape", async () => {
    const { alerts } = await create().measure([payments], {
      now,
      withSeries: false,
    });
    expect(alerts).toContainEqual({
      service: 'payments-api',
      slo: 'requests-availability',
      alertname: 'SloErrorBudgetBurnFast',
      severity: 'page',
      since: expect.any(String),
    });
  });
});
