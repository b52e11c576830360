import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { AWS_CONFIG_KEYS, AwsScanSource } from './aws/AwsScanSource';
import { DemoScanSource } from './DemoScanSource';
import { ScanSource } from './types';

/** What the family runs on, or why it is off (the config keys that would turn it on). */
export type SecuritySource =
  | { off: false; source: ScanSource<any> }
  | { off: true; keys: string[] };

/**
 * Picks the source from `security.dataSource` (default `runway.dataSource`). Live without
 * any `security.aws` section is off, not a failed start-up: the other families run and
 * every security route answers a typed 503 naming the keys. A `security.aws` that is
 * present but wrong (no region, a bad endpoint) still stops the backend; there is never a
 * fallback to demo data.
 */
export async function createSecuritySource(
  config: Config,
  logger: LoggerService,
): Promise<SecuritySource> {
  const mode = readFamilyDataSource(config, 'security');
  if (mode === 'off') {
    logger.info(
      `security is off (security.dataSource: off); live mode needs ${AWS_CONFIG_KEYS.join(
        ', ',
      )}`,
    );
    return { off: true, keys: AWS_CONFIG_KEYS };
  }
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoScanSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  if (!config.has('security.aws')) {
    logger.info(
      `security is off: live mode without security.aws; set ${AWS_CONFIG_KEYS.join(
        ', ',
      )}`,
    );
    return { off: true, keys: AWS_CONFIG_KEYS };
  }
  return { off: false, source: await AwsScanSource.fromConfig(config) };
}
