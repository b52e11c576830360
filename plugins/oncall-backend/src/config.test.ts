import { ConfigReader } from '@backstage/config';
import { readOncallConfig } from './config';

describe('readOncallConfig', () => {
  it('defaults: live, no upstream, a minute of incident cache, 30 days', () => {
    expect(readOncallConfig(new ConfigReader({}))).toEqual({
      mode: 'live',
      demoLatencyMs: 0,
      prometheus: undefined,
      alertmanager: undefined,
      pagerduty: undefined,
      incidentsFreshForMs: 60_000,
      incidentDays: 30,
    });
  });

  it('reads Alertmanager and PagerDuty with their defaults', () => {
    const settings = readOncallConfig(
      new ConfigReader({
        oncall: {
          alertmanager: {
            url: 'http://am:9093',
            authHeader: { name: 'Authorization', value: 'Bearer x' },
          },
          pagerduty: { apiToken: 'tok', cacheSeconds: 5 },
        },
      }),
    );
    expect(settings.alertmanager).toEqual({
      baseUrl: 'http://am:9093',
      headers: { Authorization: 'Bearer x' },
      timeoutMs: 10_000,
    });
    expect(settings.pagerduty).toEqual({
      token: 'tok',
      baseUrl: 'https://api.pagerduty.com',
      timeoutMs: 10_000,
      retryTimeoutMs: 2_000,
    });
    expect(settings.incidentsFreshForMs).toBe(5_000);
  });

  it('names the key of a bad value', () => {
    expect(() =>
      readOncallConfig(
        new ConfigReader({ oncall: { pagerduty: { incidentDays: 0 } } }),
      ),
    ).toThrow('oncall.pagerduty.incidentDays must be a number above 0, got 0');
    expect(() =>
      readOncallConfig(
        new ConfigReader({ oncall: { pagerduty: { incidentDays: 365 } } }),
      ),
    ).toThrow(
      'oncall.pagerduty.incidentDays must be 180 or less (PagerDuty lists incidents over at most 6 months), got 365',
    );
    expect(() =>
      readOncallConfig(new ConfigReader({ oncall: { dataSource: 'on' } })),
    ).toThrow("oncall.dataSource must be one of demo, live, off, got 'on'");
  });
});
