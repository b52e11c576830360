import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import {
  HttpPrometheusClient,
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { CostSettings } from '../config';
import { CostExplorerSource } from './CostExplorerSource';
import { DemoCostSource } from './DemoCostSource';
import { PrometheusRequestSource } from './PrometheusRequestSource';
import { CostSource, RequestCountSource } from './types';

/** What the family runs on, or why it is off (the config keys that would turn it on). */
export type CostSources =
  | { off: false; costs: CostSource; requests?: RequestCountSource }
  | { off: true; keys: string[] };

const AWS_KEYS = ['cost.aws.accountId'];

/**
 * Picks the sources from `cost.dataSource` (default `runway.dataSource`). Live without any
 * `cost.aws` section means the family is off, not a failed start-up: the other families
 * run. A `cost.aws` section that is present but wrong (no account id) still stops the
 * backend, and there is never a fallback to demo data.
 *
 * Request counts are optional: without `prometheus.url` costs are still collected and
 * cost per request says it has no request source.
 */
export function createCostSources(
  config: Config,
  settings: CostSettings,
  logger: LoggerService,
): CostSources {
  const mode = readFamilyDataSource(config, 'cost');
  if (mode === 'off') {
    logger.info(
      `cost is off (cost.dataSource: off); live mode needs ${AWS_KEYS.join(
        ', ',
      )}`,
    );
    return { off: true, keys: AWS_KEYS };
  }
  if (mode === 'demo') {
    const demo = withDemoLatency(
      new DemoCostSource(config, settings.days),
      readDemoLatencyMs(config),
    );
    return { off: false, costs: demo, requests: demo };
  }
  if (!config.has('cost.aws')) {
    logger.info(
      `cost is off: live mode without cost.aws; set ${AWS_KEYS.join(', ')}`,
    );
    return { off: true, keys: AWS_KEYS };
  }
  const accountId = config.getString('cost.aws.accountId');
  const aws = DefaultAwsCredentialsManager.fromConfig(config);
  const costs = new CostExplorerSource({
    accountId,
    tagKey: settings.tagKey,
    teamTagKey: settings.teamTagKey,
    amortized: config.getOptionalBoolean('cost.aws.amortized') ?? false,
    timeoutMs: config.getOptionalNumber('cost.aws.timeoutMs') ?? 20_000,
    days: settings.days,
    endpoint: config.getOptionalString('cost.aws.endpoint'),
    credentials: async () =>
      (await aws.getCredentialProvider({ accountId })).sdkCredentialProvider,
  });
  if (!config.has('prometheus.url')) {
    logger.info(
      'cost runs without request counts: prometheus.url is not set, so there is no cost per request',
    );
    return { off: false, costs };
  }
  const requests = new PrometheusRequestSource(
    HttpPrometheusClient.fromConfig(config, { family: 'cost' }),
    {
      metric:
        config.getOptionalString('cost.requests.metric') ??
        'http_requests_total',
      serviceLabel:
        config.getOptionalString('cost.requests.serviceLabel') ?? 'service',
    },
  );
  return { off: false, costs, requests };
}
