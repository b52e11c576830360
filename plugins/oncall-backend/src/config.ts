import { Config } from '@backstage/config';
import { DataSourceMode } from '@runway/runway-common';
import {
  HttpPrometheusClientOptions,
  readDemoLatencyMs,
  readFamilyDataSource,
  readHeader,
  readPositiveNumber,
  readPrometheusOptions,
} from '@runway/runway-node';
import { PagerDutyClientOptions } from './sources/pagerduty/PagerDutyClient';

/** Everything the oncall family reads from config (the demo world reads `runway.demo.*`). */
export interface OncallSettings {
  /** `oncall.dataSource`, else `runway.dataSource`. */
  mode: DataSourceMode;
  demoLatencyMs: number;
  /** `prometheus.*`: alerts (without Alertmanager) and burn rates. */
  prometheus?: HttpPrometheusClientOptions;
  /** `oncall.alertmanager.*`: alerts, when set. */
  alertmanager?: {
    baseUrl: string;
    headers?: Record<string, string>;
    timeoutMs: number;
  };
  /** `oncall.pagerduty.*`: incidents, when its `apiToken` is set. */
  pagerduty?: PagerDutyClientOptions;
  /** `oncall.pagerduty.cacheSeconds`, in ms: how long an incident list is fresh. */
  incidentsFreshForMs: number;
  /** `oncall.pagerduty.incidentDays`: how far back incidents are listed. */
  incidentDays: number;
}

/** Reads `oncall.*` and `prometheus.*` once, at start-up. */
export function readOncallConfig(config: Config): OncallSettings {
  const am = 'oncall.alertmanager';
  const pd = 'oncall.pagerduty';
  return {
    mode: readFamilyDataSource(config, 'oncall'),
    demoLatencyMs: readDemoLatencyMs(config),
    prometheus: config.has('prometheus.url')
      ? readPrometheusOptions(config)
      : undefined,
    alertmanager: config.has(`${am}.url`)
      ? {
          baseUrl: config.getString(`${am}.url`),
          headers: readHeader(config, `${am}.authHeader`),
          timeoutMs: readPositiveNumber(config, `${am}.timeoutMs`, 10_000),
        }
      : undefined,
    pagerduty: config.has(`${pd}.apiToken`)
      ? {
          token: config.getString(`${pd}.apiToken`),
          baseUrl:
            config.getOptionalString(`${pd}.baseUrl`) ??
            'https://api.pagerduty.com',
          timeoutMs: readPositiveNumber(config, `${pd}.timeoutMs`, 10_000),
          retryTimeoutMs: readRetryWait(config, `${pd}.retryTimeoutMs`),
        }
      : undefined,
    incidentsFreshForMs:
      1000 * readPositiveNumber(config, `${pd}.cacheSeconds`, 60),
    incidentDays: readIncidentDays(config, `${pd}.incidentDays`),
  };
}

/** PagerDuty's list of incidents spans at most 6 months (`since` to `until`). */
const MAX_INCIDENT_DAYS = 180;

function readIncidentDays(config: Config, key: string): number {
  const days = readPositiveNumber(config, key, 30);
  if (days > MAX_INCIDENT_DAYS)
    throw new Error(
      `${key} must be ${MAX_INCIDENT_DAYS} or less (PagerDuty lists incidents over at most 6 months), got ${days}`,
    );
  return days;
}

/** 0 is a valid wait (retry a 429 at once, as tests do); a negative one is a typo. */
function readRetryWait(config: Config, key: string): number {
  const value = config.getOptionalNumber(key) ?? 2_000;
  if (!(value >= 0)) throw new Error(`${key} must be 0 or more, got ${value}`);
  return value;
}
