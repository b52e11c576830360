import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  HttpPrometheusClient,
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
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
 * never a quiet switch to demo data.
 */
export function createSloSource(
  config: Config,
  logger: LoggerService,
): SloSourceChoice {
  const mode = readFamilyDataSource(config, 'slo');
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoSloSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  if (mode === 'off' || !config.has('prometheus.url')) {
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
      HttpPrometheusClient.fromConfig(config, { family: 'slo' }),
    ),
  };
}
