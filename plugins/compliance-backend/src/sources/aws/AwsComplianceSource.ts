import { BackupClient } from '@aws-sdk/client-backup';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { AwsCredentialProvider } from '@backstage/integration-aws-node';
import { explainAwsError } from '@runway/runway-node';
import { CollectedPosture, ComplianceSource, settle } from '../types';
import { readBackup } from './backup';
import { awsCall } from './call';
import { readCloudTrail } from './cloudTrail';
import { readConfigRules, readInventory } from './awsConfig';
import { readSecurityHub } from './securityHub';

export interface AwsComplianceSourceOptions {
  accountId: string;
  region?: string;
  tagKey: string;
  timeoutMs: number;
  credentials: () => Promise<AwsCredentialProvider['sdkCredentialProvider']>;
}

/**
 * The account's posture from Security Hub, AWS Config, AWS Backup and CloudTrail. Every
 * listing is account-wide, so a refresh makes (with F control findings, R tagged
 * resources, C Config rules with E evaluations each, P protected resources, J backup jobs
 * of 2 days, T restore jobs of 35 days, and N trails):
 *
 *   1 + ceil(F/100)                       Security Hub
 *   ceil(R/100) + ceil(C/25) + C*ceil(E/100)  AWS Config
 *   ceil(P/1000) + ceil(J/1000) + ceil(T/1000)  AWS Backup
 *   1 + N                                  CloudTrail
 *
 * which is 14 calls for 12 services and 89 for 500, with two resources per service,
 * four controls and five rules (AwsComplianceSource.test.ts), none per page
 * view. The four sources run in parallel and fail independently; Backup, which returns no
 * tags, attributes through Config's tag inventory and the tagged resources in Security
 * Hub's findings.
 */
export class AwsComplianceSource implements ComplianceSource {
  readonly kind = 'live' as const;
  readonly name: string;

  constructor(private readonly options: AwsComplianceSourceOptions) {
    this.name = `aws:${options.accountId}`;
  }

  async collect(now: Date): Promise<CollectedPosture> {
    const { tagKey, timeoutMs, region } = this.options;
    let credentials;
    try {
      credentials = await this.options.credentials();
    } catch (e) {
      // Credential failures can name accounts and roles: the same clean message.
      const error = explainAwsError('AWS credentials', e).message;
      return {
        securityhub: { ok: false, error },
        config: { ok: false, error },
        backup: { ok: false, error },
        cloudtrail: { ok: false, error },
      };
    }
    // withAwsTimeout bounds each call including the SDK's retries.
    const client = { region, credentials, maxAttempts: 3 };
    const securityHub = new SecurityHubClient(client);
    const configService = new ConfigServiceClient(client);
    const backupClient = new BackupClient(client);
    const cloudTrailClient = new CloudTrailClient(client);
    const call = awsCall(timeoutMs);
    const hub = readSecurityHub(securityHub, call, tagKey);
    const inventory = readInventory(configService, call, tagKey);
    // Settled here so a rejection is never left unhandled while the other sources run.
    hub.catch(() => undefined);
    inventory.catch(() => undefined);
    const [securityhub, config, backup, cloudtrail] = await Promise.all([
      settle(async () => (await hub).data),
      settle(async () => readConfigRules(configService, call, await inventory)),
      settle(async () => {
        const [fromConfig, fromHub] = await Promise.allSettled([
          inventory,
          hub,
        ]);
        if (fromConfig.status === 'rejected' && fromHub.status === 'rejected') {
          throw new Error(
            `no resource inventory to attribute backups by tag (${
              (fromConfig.reason as Error).message
            })`,
          );
        }
        const byArn =
          fromConfig.status === 'fulfilled'
            ? fromConfig.value.byArn
            : undefined;
        const hubArns =
          fromHub.status === 'fulfilled' ? fromHub.value.resources : undefined;
        return readBackup(
          backupClient,
          call,
          arn => byArn?.get(arn) ?? hubArns?.get(arn),
          now,
        );
      }),
      settle(() => readCloudTrail(cloudTrailClient, call)),
    ]);
    return { securityhub, config, backup, cloudtrail };
  }
}
