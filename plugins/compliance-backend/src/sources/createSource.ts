import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import {
  FamilyChoice,
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { ComplianceSettings } from '../config';
import { AwsComplianceSource } from './aws/AwsComplianceSource';
import { DemoComplianceSource } from './DemoComplianceSource';
import { ComplianceSource } from './types';

const AWS_KEYS = ['compliance.aws.accountId'];

/**
 * Picks the source from `compliance.dataSource` (default `runway.dataSource`). Live without
 * a `compliance.aws` section is off (the other families run); never a fallback to demo.
 */
export function createComplianceSource(
  config: Config,
  settings: ComplianceSettings,
  logger: LoggerService,
): FamilyChoice<{ source: ComplianceSource }> {
  const mode = readFamilyDataSource(config, 'compliance');
  if (mode === 'demo') {
    return {
      off: false,
      source: withDemoLatency(
        new DemoComplianceSource(config),
        readDemoLatencyMs(config),
      ),
    };
  }
  if (mode === 'off' || !config.has('compliance.aws')) {
    logger.info(`compliance is off; live mode needs ${AWS_KEYS.join(', ')}`);
    return { off: true, keys: AWS_KEYS };
  }
  const accountId = config.getString('compliance.aws.accountId');
  const aws = DefaultAwsCredentialsManager.fromConfig(config);
  return {
    off: false,
    source: new AwsComplianceSource({
      accountId,
      region: config.getOptionalString('compliance.aws.region'),
      tagKey: settings.tagKey,
      timeoutMs: config.getOptionalNumber('compliance.aws.timeoutMs') ?? 20_000,
      credentials: async () =>
        (await aws.getCredentialProvider({ accountId })).sdkCredentialProvider,
    }),
  };
}
