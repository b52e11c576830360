import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { HttpPrometheusClient, withDemoLatency } from '@runway/runway-node';
import { OncallSettings } from '../config';
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
 * `config` is only for the demo world's seed and size.
 */
export function createAlertSource(
  settings: OncallSettings,
  config: Config,
  logger: LoggerService,
): AlertSourceChoice {
  const { mode, prometheus, alertmanager } = settings;
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoAlertSource(config),
        settings.demoLatencyMs,
      ),
    };
  }
  if (mode === 'off' || (!prometheus && !alertmanager)) {
    logger.info(
      `oncall is off (${
        mode === 'off'
          ? 'oncall.dataSource: off'
          : 'live without prometheus.url'
      }); live mode needs ${KEYS.join(', ')}`,
    );
    return { off: true, keys: KEYS };
  }
  if (!prometheus) {
    throw new Error(
      'oncall.alertmanager.url is set but prometheus.url is not: burn rates are read from Prometheus',
    );
  }
  const client = new HttpPrometheusClient({
    ...prometheus,
    labels: { family: 'oncall' },
  });
  return {
    off: false,
    source: alertmanager
      ? new AlertmanagerAlertSource({ ...alertmanager, prometheus: client })
      : new PrometheusAlertSource(client),
  };
}
