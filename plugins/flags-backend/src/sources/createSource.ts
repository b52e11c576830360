import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  FamilyChoice,
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { DemoFlagSource } from './DemoFlagSource';
import { FlagSource } from './types';
import { UnleashFlagSource } from './unleash/UnleashFlagSource';

const KEYS = ['flags.unleash.baseUrl', 'flags.unleash.apiToken'];

const MAX_CALLS_KEY = 'flags.unleash.maxConcurrentCalls';

function readMaxConcurrentCalls(config: Config): number {
  const value = config.getOptionalNumber(MAX_CALLS_KEY) ?? 8;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `${MAX_CALLS_KEY} must be a whole number ≥ 1, got ${value}`,
    );
  }
  return value;
}

/**
 * Picks the source from `flags.dataSource` (default `runway.dataSource`). Live without
 * `flags.unleash` is off and says which keys to set; a half-written section (a URL and no
 * token) stops the backend, never a quiet switch to demo data.
 */
export function createFlagSource(
  config: Config,
  logger: LoggerService,
): FamilyChoice<{ source: FlagSource; cacheSeconds: number }> {
  const mode = readFamilyDataSource(config, 'flags');
  const cacheSeconds =
    config.getOptionalNumber('flags.unleash.cacheSeconds') ?? 60;
  if (mode === 'demo') {
    return {
      off: false,
      cacheSeconds,
      source: withDemoLatency(
        new DemoFlagSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  if (mode === 'off' || !config.has('flags.unleash')) {
    logger.info(
      `flags is off (${
        mode === 'off' ? 'flags.dataSource: off' : 'live without flags.unleash'
      }); live mode needs ${KEYS.join(', ')}`,
    );
    return { off: true, keys: KEYS };
  }
  const baseUrl = config.getString('flags.unleash.baseUrl');
  if (!URL.canParse(baseUrl)) {
    throw new Error(`flags.unleash.baseUrl is not a URL: ${baseUrl}`);
  }
  return {
    off: false,
    cacheSeconds,
    source: new UnleashFlagSource({
      baseUrl,
      apiToken: config.getString('flags.unleash.apiToken'),
      timeoutMs: config.getOptionalNumber('flags.unleash.timeoutMs') ?? 5000,
      maxConcurrentCalls: readMaxConcurrentCalls(config),
    }),
  };
}
