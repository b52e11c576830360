import { ConfigReader } from '@backstage/config';
import { readSloConfig } from './config';

describe('readSloConfig', () => {
  it('defaults to live, no latency, and no Prometheus', () => {
    expect(readSloConfig(new ConfigReader({}))).toEqual({
      mode: 'live',
      demoLatencyMs: 0,
      prometheus: undefined,
    });
  });

  it('reads Prometheus with its header and a 10 s default timeout', () => {
    const settings = readSloConfig(
      new ConfigReader({
        prometheus: {
          url: 'http://prom:9090',
          authHeader: { name: 'X-Scope-OrgID', value: 'tenant-1' },
        },
      }),
    );
    expect(settings.prometheus).toEqual({
      baseUrl: 'http://prom:9090',
      headers: { 'X-Scope-OrgID': 'tenant-1' },
      timeoutMs: 10_000,
    });
  });

  it('names the key of a bad value', () => {
    expect(() =>
      readSloConfig(new ConfigReader({ slo: { dataSource: 'maybe' } })),
    ).toThrow("slo.dataSource must be one of demo, live, off, got 'maybe'");
    expect(() =>
      readSloConfig(
        new ConfigReader({ prometheus: { url: 'http://p', timeoutMs: -1 } }),
      ),
    ).toThrow('prometheus.timeoutMs must be a number above 0, got -1');
  });
});
