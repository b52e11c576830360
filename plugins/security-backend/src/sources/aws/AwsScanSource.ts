import { ECRClient } from '@aws-sdk/client-ecr';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { Config } from '@backstage/config';
import { DefaultAwsCredentialsManager } from '@backstage/integration-aws-node';
import { ScannedFinding } from '../../service/types';
import { OriginScan, ScanSource, ScanTarget } from '../types';
import { describeAwsError } from './awsErrors';
import { ecrImageFindings, latestImage } from './ecrFindings';
import { inspectorImageFindings } from './inspectorFindings';
import { securityHubFindings } from './securityHubFindings';

export interface AwsClients {
  ecr: ECRClient;
  inspector: Inspector2Client;
  securityHub: SecurityHubClient;
}

export const IMAGE_ORIGIN = 'aws:image';
export const SECURITY_HUB_ORIGIN = 'aws:securityhub';

/**
 * ECR + Inspector (the image stream) and Security Hub (everything else sent there).
 * ECR enhanced findings and Inspector findings describe the same CVEs: they are merged by
 * CVE and package, Inspector's record winning, and the image stream only counts as
 * scanned when both answered, so a half answer never marks findings fixed.
 */
export class AwsScanSource implements ScanSource {
  readonly kind = 'live' as const;
  readonly name = 'aws';

  static async fromConfig(config: Config): Promise<AwsScanSource> {
    const aws = config.getConfig('security.aws');
    const region = aws.getString('region');
    const accountId = aws.getOptionalString('accountId');
    const timeoutMs = aws.getOptionalNumber('timeoutMs') ?? 10_000;
    const credentials = DefaultAwsCredentialsManager.fromConfig(config);
    const { sdkCredentialProvider } = await credentials.getCredentialProvider({ accountId });
    const common = {
      region,
      credentials: sdkCredentialProvider,
      maxAttempts: 3,
      requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(timeoutMs, 3000) },
    };
    return new AwsScanSource(
      {
        ecr: new ECRClient(common),
        inspector: new Inspector2Client(common),
        securityHub: new SecurityHubClient(common),
      },
      timeoutMs,
    );
  }

  constructor(
    private readonly clients: AwsClients,
    private readonly timeoutMs = 10_000,
  ) {}

  async scan(target: ScanTarget): Promise<OriginScan[]> {
    // Retries happen inside the SDK; this caps each call including its retries.
    const signal = () => AbortSignal.timeout(this.timeoutMs * 3);
    const repo = target.ecrRepository;
    const [image, hub] = await Promise.all([
      this.imageStream(repo, signal),
      securityHubFindings(this.clients.securityHub, repo, signal).then(
        findings => ({ origin: SECURITY_HUB_ORIGIN, findings }),
        error => ({ origin: SECURITY_HUB_ORIGIN, error: describeAwsError('SecurityHub GetFindings', error) }),
      ),
    ]);
    return [image, hub];
  }

  private async imageStream(repo: string, signal: () => AbortSignal): Promise<OriginScan> {
    let step = 'ECR DescribeImages';
    try {
      const image = await latestImage(this.clients.ecr, repo, signal);
      if (!image) return { origin: IMAGE_ORIGIN, findings: [] };
      step = 'ECR DescribeImageScanFindings / Inspector ListFindings';
      const [ecr, inspector] = await Promise.all([
        ecrImageFindings(this.clients.ecr, repo, image, signal).catch(e => {
          step = 'ECR DescribeImageScanFindings';
          throw e;
        }),
        inspectorImageFindings(this.clients.inspector, repo, image, signal).catch(e => {
          step = 'Inspector ListFindings';
          throw e;
        }),
      ]);
      return { origin: IMAGE_ORIGIN, findings: mergeImageFindings(ecr, inspector) };
    } catch (error) {
      return { origin: IMAGE_ORIGIN, error: describeAwsError(step, error) };
    }
  }
}

export function mergeImageFindings(ecr: ScannedFinding[], inspector: ScannedFinding[]): ScannedFinding[] {
  const key = (f: ScannedFinding) => `${f.vulnerabilityId ?? f.title}|${f.packageName ?? ''}`;
  const merged = new Map<string, ScannedFinding>();
  for (const f of ecr) merged.set(key(f), f);
  for (const f of inspector) {
    const prev = merged.get(key(f));
    merged.set(key(f), prev ? { ...prev, ...stripUndefined(f) } : f);
  }
  return [...merged.values()];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
