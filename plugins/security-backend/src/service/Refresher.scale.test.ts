import {
  DescribeImageScanFindingsCommand,
  DescribeImagesCommand,
  ECRClient,
} from '@aws-sdk/client-ecr';
import {
  Inspector2Client,
  ListFindingsCommand,
} from '@aws-sdk/client-inspector2';
import {
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { mockClient } from 'aws-sdk-client-mock';
import {
  AwsScanSource,
  IMAGE_ORIGIN,
  SECURITY_HUB_ORIGIN,
} from '../sources/aws/AwsScanSource';
import { FindingStore } from './FindingStore';
import { SeverityGates } from './gate';
import { Refresher } from './Refresher';
import { SecurityService } from './SecurityService';

jest.setTimeout(120_000);

const ecrMock = mockClient(ECRClient);
const inspectorMock = mockClient(Inspector2Client);
const hubMock = mockClient(SecurityHubClient);

const digest = (i: number) => `sha256:${i.toString(16).padStart(64, '0')}`;
const repo = (i: number) => `svc-${i}`;

function services(n: number): Entity[] {
  return Array.from({ length: n }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: repo(i),
      namespace: 'default',
      annotations: { 'runway.dev/ecr-repository': repo(i) },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  }));
}

/** An AWS account holding `n` repositories: one image each, one Inspector finding on every
 * third image (pages of 100) and one Security Hub finding on every fifth repository. */
function account(
  n: number,
  options: { inFlight?: { now: number; max: number } } = {},
) {
  const track = async <T>(value: T): Promise<T> => {
    const f = options.inFlight;
    if (!f) return value;
    f.now += 1;
    f.max = Math.max(f.max, f.now);
    await new Promise(r => setTimeout(r, 2));
    f.now -= 1;
    return value;
  };
  ecrMock.on(DescribeImagesCommand).callsFake(input => {
    const i = Number(String(input.repositoryName).slice(4));
    return track({
      $metadata: {},
      imageDetails: [
        {
          repositoryName: repo(i),
          imageDigest: digest(i),
          imageTags: ['1.0.0'],
          imagePushedAt: new Date('2026-11-14T10:30:00Z'),
        },
      ],
    });
  });
  ecrMock.on(DescribeImageScanFindingsCommand).callsFake(() =>
    track({
      $metadata: {},
      imageScanStatus: { status: 'COMPLETE' },
      imageScanFindings: { findings: [] },
    }),
  );

  const inspectorFindings = Array.from({ length: Math.ceil(n / 3) }, (_, k) => {
    const i = k * 3;
    return {
      findingArn: `arn:aws:inspector2:eu-west-1:123456789012:finding/${i}`,
      awsAccountId: '123456789012',
      type: 'PACKAGE_VULNERABILITY' as const,
      description: 'openssl',
      severity: 'HIGH' as const,
      status: 'ACTIVE' as const,
      firstObservedAt: new Date('2026-11-01T00:00:00Z'),
      lastObservedAt: new Date('2026-11-20T00:00:00Z'),
      title: 'CVE-2024-5535 - openssl',
      remediation: {},
      packageVulnerabilityDetails: {
        vulnerabilityId: 'CVE-2024-5535',
        source: 'NVD',
        vulnerablePackages: [{ name: 'openssl', version: '3.0.11' }],
      },
      resources: [
        {
          type: 'AWS_ECR_CONTAINER_IMAGE' as const,
          id: `arn:aws:ecr:eu-west-1:123456789012:repository/${repo(
            i,
          )}/${digest(i)}`,
          details: {
            awsEcrContainerImage: {
              repositoryName: repo(i),
              imageHash: digest(i),
              registry: '123456789012',
            },
          },
        },
      ],
    };
  });
  const inspectorPages = Math.max(1, Math.ceil(inspectorFindings.length / 100));
  inspectorMock.on(ListFindingsCommand).callsFake(input => {
    const page = input.nextToken ? Number(input.nextToken) : 0;
    return track({
      $metadata: {},
      findings: inspectorFindings.slice(page * 100, page * 100 + 100),
      nextToken: page + 1 < inspectorPages ? String(page + 1) : undefined,
    });
  });

  const hubFindings = Array.from({ length: Math.ceil(n / 5) }, (_, k) => {
    const i = k * 5;
    return {
      SchemaVersion: '2018-10-08',
      Id: `checkov-${i}`,
      ProductArn: 'arn:aws:securityhub:eu-west-1::product/bridgecrew/checkov',
      ProductName: 'Checkov',
      GeneratorId: 'CKV_AWS_18',
      AwsAccountId: '123456789012',
      CreatedAt: '2026-11-01T00:00:00.000Z',
      UpdatedAt: '2026-11-20T00:00:00.000Z',
      Title: 'Ensure the S3 bucket has access logging enabled',
      Description: 'CKV_AWS_18',
      Severity: { Label: 'LOW' as const },
      Resources: [
        {
          Type: 'AwsEcrRepository',
          Id: `arn:aws:ecr:eu-west-1:123456789012:repository/${repo(i)}`,
        },
      ],
    };
  });
  const hubPages = Math.max(1, Math.ceil(hubFindings.length / 100));
  hubMock.on(GetFindingsCommand).callsFake(input => {
    const page = input.NextToken ? Number(input.NextToken) : 0;
    return track({
      $metadata: {},
      Findings: hubFindings.slice(page * 100, page * 100 + 100),
      NextToken: page + 1 < hubPages ? String(page + 1) : undefined,
    });
  });
  return { inspectorPages, hubPages };
}

const counts = () => ({
  describeImages: ecrMock.commandCalls(DescribeImagesCommand).length,
  describeImageScanFindings: ecrMock.commandCalls(
    DescribeImageScanFindingsCommand,
  ).length,
  inspectorListFindings: inspectorMock.commandCalls(ListFindingsCommand).length,
  securityHubGetFindings: hubMock.commandCalls(GetFindingsCommand).length,
});

describe('security refresh at 500 services', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  beforeEach(() => {
    ecrMock.reset();
    inspectorMock.reset();
    hubMock.reset();
  });

  async function setup(n: number, timeoutMs = 1000) {
    const knex = await databases.init('SQLITE_3');
    const store = await FindingStore.create({ getClient: async () => knex });
    const logger = mockServices.logger.mock();
    const clients = {
      ecr: new ECRClient({ region: 'eu-west-1' }),
      inspector: new Inspector2Client({ region: 'eu-west-1' }),
      securityHub: new SecurityHubClient({ region: 'eu-west-1' }),
    };
    const source = new AwsScanSource(clients, timeoutMs);
    const refresher = new Refresher({
      catalog: catalogServiceMock({ entities: services(n) }),
      auth: mockServices.auth(),
      source,
      store,
      logger,
    });
    const service = new SecurityService(
      store,
      new SeverityGates({ maxCritical: 0, maxHigh: 0 }),
      source,
    );
    return { refresher, service, logger };
  }

  it('asks Inspector and Security Hub once per refresh whatever the number of services, ECR once per repository, 8-16 at a time', async () => {
    const inFlight = { now: 0, max: 0 };
    const { inspectorPages, hubPages } = account(500, { inFlight });
    const { refresher, service } = await setup(500);
    expect(await refresher.refreshAll()).toEqual({
      targets: 500,
      failedStreams: 0,
      failedServices: 0,
    });
    expect(counts()).toEqual({
      describeImages: 500,
      describeImageScanFindings: 500,
      inspectorListFindings: inspectorPages,
      securityHubGetFindings: hubPages,
    });
    expect([inspectorPages, hubPages]).toEqual([2, 1]);
    expect(inFlight.max).toBeGreaterThanOrEqual(8);
    expect(inFlight.max).toBeLessThanOrEqual(16 + 2);

    // Attributed in memory to the right services.
    const { data } = await service.summaries([
      `component:default/${repo(0)}`,
      `component:default/${repo(1)}`,
      `component:default/${repo(5)}`,
    ]);
    expect(
      data.items.map(i => [
        i.open.high,
        i.open.low,
        i.scan?.state,
        i.gate.state,
      ]),
    ).toEqual([
      [1, 1, 'ok', 'failed'],
      [0, 0, 'ok', 'passed'],
      [0, 1, 'ok', 'passed'],
    ]);
  });

  it('costs the same account-wide calls at 1,000 services', async () => {
    const { inspectorPages, hubPages } = account(1000);
    const { refresher } = await setup(1000);
    await refresher.refreshAll();
    expect(counts()).toMatchObject({
      describeImages: 1000,
      inspectorListFindings: inspectorPages,
      securityHubGetFindings: hubPages,
    });
    expect([inspectorPages, hubPages]).toEqual([4, 2]);
  });

  it('counts every failed stream exactly and records why, when AWS answers 500 everywhere', async () => {
    const internal = Object.assign(
      new Error('We encountered an internal error. Please try again.'),
      { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } },
    );
    ecrMock.rejects(internal);
    inspectorMock.rejects(internal);
    hubMock.rejects(internal);
    const { refresher, service, logger } = await setup(500);
    expect(await refresher.refreshAll()).toEqual({
      targets: 500,
      failedStreams: 1000,
      failedServices: 500,
    });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /500 services in \d+ s, 500 failed services, 1000 failed streams/,
      ),
    );
    // One account-wide attempt each, not one per service.
    expect(counts()).toMatchObject({
      inspectorListFindings: 1,
      securityHubGetFindings: 1,
      describeImages: 500,
    });

    const { data } = await service.summaries([`component:default/${repo(7)}`]);
    expect(data.items[0].scan).toEqual({
      state: 'failed',
      at: expect.any(String),
      error: `${IMAGE_ORIGIN}: ECR DescribeImages failed (InternalFailure); ${SECURITY_HUB_ORIGIN}: SecurityHub GetFindings failed (InternalFailure)`,
    });
    expect(data.items[0].gate).toMatchObject({
      state: 'unknown',
      passed: false,
    });
  });

  it('ends when AWS hangs: every call times out and every service reads failed', async () => {
    const never = () => new Promise<never>(() => {});
    ecrMock.callsFake(never);
    inspectorMock.callsFake(never);
    hubMock.callsFake(never);
    const { refresher, service } = await setup(100, 50);
    const started = Date.now();
    expect(await refresher.refreshAll()).toEqual({
      targets: 100,
      failedStreams: 200,
      failedServices: 100,
    });
    // 100 services, 12 at a time, one 50 ms timeout each: well under a few seconds.
    expect(Date.now() - started).toBeLessThan(5_000);
    const { data } = await service.summaries([`component:default/${repo(3)}`]);
    expect(data.items[0].scan).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('ECR DescribeImages timed out'),
    });
  });
});
