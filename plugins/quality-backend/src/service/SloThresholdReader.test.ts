import { slothSpecSchema } from '@runway/plugin-slo-node';
import { latencyThresholdMs } from './SloThresholdReader';

const slo = (name: string, sli: unknown) => ({
  name,
  objective: 95,
  sli,
  alerting: { name: 'A' },
});
const slos = (...list: unknown[]) =>
  slothSpecSchema.parse({
    version: 'prometheus/v1',
    service: 'svc',
    slos: list,
  }).slos;

describe('latencyThresholdMs', () => {
  it("reads the le of the latency SLO's histogram bucket, in ms", () => {
    const spec = slos(
      slo('requests-availability', {
        events: {
          error_query:
            'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
          total_query: 'sum(rate(http_requests_total[{{.window}}]))',
        },
      }),
      slo('requests-latency', {
        events: {
          error_query:
            'sum(rate(http_request_duration_seconds_count[{{.window}}])) - sum(rate(http_request_duration_seconds_bucket{service="a",le="0.25"}[{{.window}}]))',
          total_query:
            'sum(rate(http_request_duration_seconds_count[{{.window}}]))',
        },
      }),
    );
    expect(latencyThresholdMs(spec)).toBe(250);
  });

  it('takes a millisecond histogram as it is and reads raw SLIs', () => {
    const spec = slos(
      slo('fast', {
        raw: {
          error_ratio_query:
            '1 - sum(rate(rpc_duration_milliseconds_bucket{le="150"}[{{.window}}])) / sum(rate(rpc_duration_milliseconds_count[{{.window}}]))',
        },
      }),
    );
    expect(latencyThresholdMs(spec)).toBe(150);
  });

  it('finds none in an availability-only spec', () => {
    const spec = slos(
      slo('availability', {
        events: {
          error_query:
            'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
          total_query: 'sum(rate(http_requests_total[{{.window}}]))',
        },
      }),
    );
    expect(latencyThresholdMs(spec)).toBeUndefined();
  });
});
