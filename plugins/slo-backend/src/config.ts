import { Config } from '@backstage/config';
import { DataSourceMode } from '@runway/runway-common';
import {
  HttpPrometheusClientOptions,
  readDemoLatencyMs,
  readFamilyDataSource,
  readPrometheusOptions,
} from '@runway/runway-node';

/** Everything the slo family reads from config (the demo world reads `runway.demo.*`). */
export interface SloSettings {
  /** `slo.dataSource`, else `runway.dataSource`. */
  mode: DataSourceMode;
  demoLatencyMs: number;
  /** `prometheus.*`; undefined when `prometheus.url` is not set. */
  prometheus?: HttpPrometheusClientOptions;
}

/** Reads `slo.*` and `prometheus.*` once, at start-up. */
export function readSloConfig(config: Config): SloSettings {
  return {
    mode: readFamilyDataSource(config, 'slo'),
    demoLatencyMs: readDemoLatencyMs(config),
    prometheus: config.has('prometheus.url')
      ? readPrometheusOptions(config)
      : undefined,
  };
}
