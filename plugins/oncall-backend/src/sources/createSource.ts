import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  HttpPrometheusClient,
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { AlertmanagerAlertSource } from './AlertmanagerAlertSource';
import { AlertSource } from './AlertSource';
import { DemoAlertSource } from './DemoAlertSource';
import { PrometheusAlertSource } from './PrometheusAlertSource';

/** The family's source, or why it is off (the config keys that would turn it on). */
export type AlertSourceChoice =
  | { off: false; source: AlertSource }
  | { off: true; keys: string[] };

const KEYS = ['prometheus.url'];

/**
 * Picks the source from `oncall.dataSource` (default `runway.dataSource`). Alerts come
 * from Alertmanager when `oncall.alertmanager.url` is set, else from Prometheus; burn
 * rates always come from Prometheus. Live with neither configured means the family is
 * off; Alertmanager without Prometheus is a half-done setup and still stops start-up.
 */
export function createAlertSource(
  config: Config,
  logger: LoggerService,
): AlertSourceChoice {
  const mode = readFamilyDataSource(config, 'oncall');
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoAlertSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  const alertmanager = config.has('oncall.alertmanager.url');
  if (mode === 'off' || (!config.has('prometheus.url') && !alertmanager)) {
    logger.info(
      `oncall is off (${
        mode === 'off'
          ? 'oncall.dataSource: off'
          : 'live without prometheus.url'
      }); live mode needs ${KEYS.join(', ')}`,
    );
    return { off: true, keys: KEYS };
  }
  if (!config.has('prometheus.url')) {
    throw new Error(
      'oncall.alertmanager.url is set but prometheus.url is not: burn rates are read from Prometheus',
    );
  }
  const prometheus = HttpPrometheusClient.fromConfig(config, {
    family: 'oncall',
  });
  return {
    off: false,
    source: alertmanager
      ? AlertmanagerAlertSource.fromConfig(config, prometheus)
      : new PrometheusAlertSource(prometheus),
  };
}
