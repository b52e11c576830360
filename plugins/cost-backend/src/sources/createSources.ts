import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { createDemoWorld } from '@runway/demo-node';
import { HttpPrometheusClient } from '@runway/plugin-slo-node';
import { readDataSource, readDemoLatencyMs, withDemoLatency } from '@runway/runway-node';
import { CostSettings } from '../config';
import { CostExplorerSource } from './CostExplorerSource';
import { DemoCostSource } from './DemoCostSource';
import { PrometheusRequestSource } from './PrometheusRequestSource';
import { CostSource, RequestCountSource } from './types';

/**
 * Picks the sources from `runway.dataSource`. Live mode reads its required settings
 * eagerly, so a missing account id or Prometheus URL stops the backend at start-up
 * instead of failing on the first refresh; there is no fallback to demo data.
 */
export function createSources(config: Config, settings: CostSettings): { costs: CostSource; requests: RequestCountSource } {
  if (readDataSource(config) === 'demo') {
    const seed = config.getOptionalNumber('runway.demo.seed');
    const size = config.getOptionalNumber('runway.demo.size');
    const demo = withDemoLatency(
      new DemoCostSource(now => createDemoWorld({ seed, size, now }), settings.days),
      readDemoLatencyMs(config),
    );
    return { costs: demo, requests: demo };
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
    credentials: async () => (await aws.getCredentialProvider({ accountId })).sdkCredentialProvider,
  });
  const requests = new PrometheusRequestSource(HttpPrometheusClient.fromConfig(config), {
    metric: config.getOptionalString('cost.requests.metric') ?? 'http_requests_total',
    serviceLabel: config.getOptionalString('cost.requests.serviceLabel') ?? 'service',
  });
  return { costs, requests };
}
