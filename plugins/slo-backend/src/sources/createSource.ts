import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { HttpPrometheusClient, withDemoLatency } from '@runway/runway-node';
import { SloSettings } from '../config';
import { DemoSloSource } from './DemoSloSource';
import { PrometheusSloSource } from './PrometheusSloSource';
import { SloSource } from './SloSource';

/** The family's source, or why it is off (the config keys that would turn it on). */
export type SloSourceChoice =
  | { off: false; source: SloSource }
  | { off: true; keys: string[] };

const KEYS = ['prometheus.url'];

/**
 * Picks the source from `slo.dataSource` (default `runway.dataSource`). Live without
 * `prometheus.url` means the family is off, so the other families still start; there is
 * never a quiet switch to demo data. `config` is only for the demo world's seed and size.
 */
export function createSloSource(
  settings: SloSettings,
  config: Config,
  logger: LoggerService,
): SloSourceChoice {
  const { mode, prometheus } = settings;
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoSloSource(config),
        settings.demoLatencyMs,
      ),
    };
  }
  if (mode === 'off' || !prometheus) {
    logger.info(
      `slo is off (${
        mode === 'off' ? 'slo.dataSource: off' : 'live without prometheus.url'
      }); live mode needs ${KEYS.join(', ')}`,
    );
    return { off: true, keys: KEYS };
  }
  return {
    off: false,
    source: new PrometheusSloSource(
      new HttpPrometheusClient({ ...prometheus, labels: { family: 'slo' } }),
    ),
  };
}
