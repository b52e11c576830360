import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { metrics } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { UPSTREAM_CALLS } from '@runway/runway-node';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { PagerDutyClient } from './PagerDutyClient';
import { serviceSchema } from './schema';
import service from './__fixtures__/service.json';

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

/** `family upstream outcome` -> count, as Prometheus would show the counter. */
async function counted() {
  const { resourceMetrics } = await reader.collect();
  const out: Record<string, number> = {};
  for (const scope of resourceMetrics.scopeMetrics)
    for (const metric of scope.metrics)
      if (metric.descriptor.name === UPSTREAM_CALLS)
        for (const { attributes: a, value } of metric.dataPoints)
          out[`${a.family} ${a.upstream} ${a.outcome}`] = value as number;
  return out;
}

const PD = 'http://pagerduty.test';
const server = setupServer();
registerMswTestHooks(server);

describe('PagerDutyClient', () => {
  it('counts each pdjs call as upstream pagerduty of family oncall, by outcome', async () => {
    let answer = 0;
    server.use(
      http.get(`${PD}/services/PCHKOUT`, async () => {
        answer++;
        if (answer === 2)
          return HttpResponse.json(
            { error: { message: 'Unauthorized', code: 2006 } },
            { status: 401 },
          );
        if (answer === 3) await delay(1000);
        return HttpResponse.json(service);
      }),
    );
    const client = new PagerDutyClient({
      token: 'pd-token',
      baseUrl: PD,
      timeoutMs: 100,
      retryTimeoutMs: 10,
    });
    const get = () => client.get('services/PCHKOUT', serviceSchema);

    await expect(get()).resolves.toMatchObject({
      service: { id: 'PCHKOUT' },
    });
    await expect(get()).rejects.toThrow('PagerDuty rejected our API token');
    await expect(get()).rejects.toThrow(
      'PagerDuty did not answer within 100 ms',
    );
    expect(await counted()).toEqual({
      'oncall pagerduty ok': 1,
      'oncall pagerduty error': 1,
      'oncall pagerduty timeout': 1,
    });
    expect(client.calls).toBe(3);
  });
});
