import { ECRClient } from '@aws-sdk/client-ecr';
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { Config } from '@backstage/config';
import {
  AwsCredentialProvider,
  DefaultAwsCredentialsManager,
} from '@backstage/integration-aws-node';
import { ScannedFinding } from '../../service/types';
import { OriginScan, ScanSource, ScanTarget } from '../types';
import { explainAwsError } from '@runway/runway-node';
import { ecrImageFindings, latestImage, NoImageScanError } from './ecrFindings';
import {
  InspectorIndex,
  inspectorAccountFindings,
  inspectorImageFindings,
} from './inspectorFindings';
import {
  SecurityHubIndex,
  securityHubAccountFindings,
  securityHubFindings,
} from './securityHubFindings';

export interface AwsClients {
  ecr: ECRClient;
  inspector: Inspector2Client;
  securityHub: SecurityHubClient;
}

export const IMAGE_ORIGIN = 'aws:image';
export const SECURITY_HUB_ORIGIN = 'aws:securityhub';

/** The config keys whose absence turns the family off in live mode. */
export const AWS_CONFIG_KEYS = ['security.aws.region'];

type Answer<T> = { value: T } | { error: string };

/** What a refresh asks the whole account once, shared by every target's scan. */
export interface AwsRound {
  inspector: Promise<Answer<InspectorIndex>>;
  securityHub: Promise<Answer<SecurityHubIndex>>;
}

function answer<T>(
  operation: string,
  call: () => Promise<T>,
): Promise<Answer<T>> {
  return call().then(
    value => ({ value }),
    error => ({ error: explainAwsError(operation, error).message }),
  );
}

/**
 * ECR + Inspector (the image stream) and Security Hub (everything else sent there).
 *
 * Calls per refresh: Inspector ListFindings and Security Hub GetFindings once for the whole
 * account (paginated, filtered server-side, attributed to services in memory), plus ECR
 * DescribeImages and DescribeImageScanFindings per repository. ECR enhanced findings and
 * Inspector findings describe the same CVEs: they are merged by CVE and package,
 * Inspector's record winning, and the image stream only counts as scanned when both
 * answered, so a half answer never marks findings fixed.
 */
export class AwsScanSource implements ScanSource<AwsRound> {
  readonly kind = 'live' as const;
  readonly name = 'aws';

  /**
   * Reads `security.aws` (region required). `endpoint`, when set, goes to every client;
   * unset, the SDK's own AWS_ENDPOINT_URL_ECR / _INSPECTOR2 / _SECURITYHUB and
   * AWS_ENDPOINT_URL apply.
   */
  static async fromConfig(config: Config): Promise<AwsScanSource> {
    const aws = config.getConfig('security.aws');
    const region = aws.getString('region');
    const accountId = aws.getOptionalString('accountId');
    const timeoutMs = aws.getOptionalNumber('timeoutMs') ?? 10_000;
    const endpoint = aws.getOptionalString('endpoint');
    if (endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(endpoint)) {
      throw new Error(
        `security.aws.endpoint must be an http(s) URL, got '${endpoint}'`,
      );
    }
    const manager = DefaultAwsCredentialsManager.fromConfig(config);
    // Resolved on the first AWS call, not at start-up: finding the account's credentials
    // may call STS, and an AWS that is down must fail a refresh, not the backend's start.
    const credentials: AwsCredentialProvider['sdkCredentialProvider'] =
      async () => {
        const { sdkCredentialProvider } = await manager.getCredentialProvider({
          accountId,
        });
        return sdkCredentialProvider();
      };
    return new AwsScanSource(
      createAwsClients({
        region,
        credentials,
        timeoutMs,
        endpoint,
      }),
      timeoutMs,
    );
  }

  constructor(
    private readonly clients: AwsClients,
    /** Cap of one call, the SDK's retries included. */
    private readonly timeoutMs = 10_000,
  ) {}

  /** Starts the two account-wide queries; scans of targets run while they page. */
  async prepare(targets: ScanTarget[]): Promise<AwsRound> {
    const repositories = new Set(targets.map(t => t.ecrRepository));
    return {
      inspector: answer('Inspector ListFindings', () =>
        inspectorAccountFindings(this.clients.inspector, this.timeoutMs),
      ),
      securityHub: answer('SecurityHub GetFindings', () =>
        securityHubAccountFindings(
          this.clients.securityHub,
          repositories,
          this.timeoutMs,
        ),
      ),
    };
  }

  async scan(target: ScanTarget, round: AwsRound): Promise<OriginScan[]> {
    const repo = target.ecrRepository;
    const [image, hub] = await Promise.all([
      this.imageStream(repo, round),
      round.securityHub.then(
        (a): OriginScan =>
          'error' in a
            ? { origin: SECURITY_HUB_ORIGIN, error: a.error }
            : {
                origin: SECURITY_HUB_ORIGIN,
                findings: securityHubFindings(a.value, repo),
              },
      ),
    ]);
    return [image, hub];
  }

  private async imageStream(
    repo: string,
    round: AwsRound,
  ): Promise<OriginScan> {
    let step = 'ECR DescribeImages';
    try {
      const image = await latestImage(this.clients.ecr, repo, this.timeoutMs);
      if (!image) return { origin: IMAGE_ORIGIN, findings: [] };
      step = 'ECR DescribeImageScanFindings';
      const ecr = await ecrImageFindings(
        this.clients.ecr,
        repo,
        image,
        this.timeoutMs,
      );
      const inspector = await round.inspector;
      if ('error' in inspector)
        return { origin: IMAGE_ORIGIN, error: inspector.error };
      return {
        origin: IMAGE_ORIGIN,
        findings: mergeImageFindings(
          ecr,
          inspectorImageFindings(inspector.value, repo, image),
        ),
      };
    } catch (error) {
      return {
        origin: IMAGE_ORIGIN,
        error:
          error instanceof NoImageScanError
            ? error.message
            : explainAwsError(step, error).message,
      };
    }
  }
}

/**
 * The three clients with one timeout and, when configured, one endpoint. The endpoint is
 * passed only when set: an `endpoint: undefined` would still be read as "configured" by
 * some SDK versions and hide the standard AWS_ENDPOINT_URL* variables.
 */
export function createAwsClients(options: {
  region: string;
  credentials?: AwsCredentialProvider['sdkCredentialProvider'];
  timeoutMs: number;
  endpoint?: string;
}): AwsClients {
  const common = {
    region: options.region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    maxAttempts: 3,
    requestHandler: {
      requestTimeout: options.timeoutMs,
      connectionTimeout: Math.min(options.timeoutMs, 3000),
    },
  };
  return {
    ecr: new ECRClient(common),
    inspector: new Inspector2Client(common),
    securityHub: new SecurityHubClient(common),
  };
}

export function mergeImageFindings(
  ecr: ScannedFinding[],
  inspector: ScannedFinding[],
): ScannedFinding[] {
  const key = (f: ScannedFinding) =>
    `${f.vulnerabilityId ?? f.title}|${f.packageName ?? ''}`;
  const merged = new Map<string, ScannedFinding>();
  for (const f of ecr) merged.set(key(f), f);
  for (const f of inspector) {
    const prev = merged.get(key(f));
    merged.set(key(f), prev ? { ...prev, ...stripUndefined(f) } : f);
  }
  return [...merged.values()];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
