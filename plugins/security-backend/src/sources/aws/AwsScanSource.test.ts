import {
  DescribeImageScanFindingsCommand,
  ScanNotFoundException,
  DescribeImagesCommand,
  ECRClient,
} from '@aws-sdk/client-ecr';
import {
  Inspector2Client,
  ListFindingsCommand,
  ThrottlingException,
} from '@aws-sdk/client-inspector2';
import {
  AccessDeniedException,
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import {
  describeImagesPage1,
  describeImagesPage2,
  inspectorPage1,
  inspectorPage2,
  LATEST_DIGEST,
  scanFindingsPage1,
  scanFindingsPage2,
  securityHubFindingsPage,
} from '../../__fixtures__/aws';
import {
  AwsScanSource,
  IMAGE_ORIGIN,
  SECURITY_HUB_ORIGIN,
} from './AwsScanSource';

const ecrMock = mockClient(ECRClient);
const inspectorMock = mockClient(Inspector2Client);
const hubMock = mockClient(SecurityHubClient);

const target = {
  entityRef: 'component:default/catalog-api',
  ecrRepository: 'catalog-api',
};

function source() {
  return new AwsScanSource(
    {
      ecr: new ECRClient({ region: 'eu-west-1' }),
      inspector: new Inspector2Client({ region: 'eu-west-1' }),
      securityHub: new SecurityHubClient({ region: 'eu-west-1' }),
    },
    1000,
  );
}

async function scan(t = target) {
  const s = source();
  return s.scan(t, await s.prepare([t]));
}

function happyPath() {
  ecrMock.on(DescribeImagesCommand).resolves(describeImagesPage1);
  ecrMock
    .on(DescribeImagesCommand, { nextToken: describeImagesPage1.nextToken })
    .resolves(describeImagesPage2);
  ecrMock.on(DescribeImageScanFindingsCommand).resolves(scanFindingsPage1);
  ecrMock
    .on(DescribeImageScanFindingsCommand, {
      nextToken: scanFindingsPage1.nextToken,
    })
    .resolves(scanFindingsPage2);
  inspectorMock.on(ListFindingsCommand).resolves(inspectorPage1);
  inspectorMock
    .on(ListFindingsCommand, { nextToken: inspectorPage1.nextToken })
    .resolves(inspectorPage2);
  hubMock.on(GetFindingsCommand).resolves(securityHubFindingsPage);
}

describe('AwsScanSource', () => {
  beforeEach(() => {
    ecrMock.reset();
    inspectorMock.reset();
    hubMock.reset();
  });

  it('follows nextToken on every API and scans the most recently pushed image', async () => {
    happyPath();
    const [image, hub] = await scan();

    expect(ecrMock.commandCalls(DescribeImagesCommand)).toHaveLength(2);
    const scanCalls = ecrMock.commandCalls(DescribeImageScanFindingsCommand);
    expect(scanCalls).toHaveLength(2);
    expect(scanCalls[0].args[0].input.imageId).toEqual({
      imageDigest: LATEST_DIGEST,
    });
    expect(scanCalls[1].args[0].input.nextToken).toBe(
      scanFindingsPage1.nextToken,
    );
    const inspectorCalls = inspectorMock.commandCalls(ListFindingsCommand);
    expect(inspectorCalls).toHaveLength(2);
    // Account-wide: no repository in the filter, attribution happens in memory.
    expect(inspectorCalls[0].args[0].input.filterCriteria).toEqual({
      findingStatus: [{ comparison: 'EQUALS', value: 'ACTIVE' }],
      resourceType: [
        { comparison: 'EQUALS', value: 'AWS_ECR_CONTAINER_IMAGE' },
      ],
    });
    // Refresh cost for this service: 2 + 2 ECR; 2 + 1 account-wide, shared by all services.
    expect(hubMock.commandCalls(GetFindingsCommand)).toHaveLength(1);

    expect(image.origin).toBe(IMAGE_ORIGIN);
    if (!('findings' in image)) throw new Error(image.error);
    const ids = image.findings
      .map(f => `${f.vulnerabilityId}/${f.packageName}`)
      .sort();
    // openssl came from both ECR enhanced and Inspector: counted once.
    expect(ids).toEqual([
      'CVE-2011-3374/apt',
      'CVE-2023-44487/nghttp2',
      'CVE-2024-2961/glibc',
      'CVE-2024-5535/openssl',
    ]);
    const openssl = image.findings.find(
      f => f.vulnerabilityId === 'CVE-2024-5535',
    )!;
    expect(openssl).toMatchObject({
      severity: 'critical',
      scanner: 'inspector',
      fixedVersion: '3.0.13-1~deb12u1',
      firstSeen: '2026-10-21T10:00:00.000Z',
      target: `catalog-api@${LATEST_DIGEST}`,
    });
    const apt = image.findings.find(f => f.packageName === 'apt')!;
    expect(apt).toMatchObject({
      scanner: 'ecr',
      severity: 'low',
      installedVersion: '2.6.1',
    });
    expect(apt.fixedVersion).toBeUndefined();

    expect(hub.origin).toBe(SECURITY_HUB_ORIGIN);
    if (!('findings' in hub)) throw new Error(hub.error);
    expect(
      hub.findings.map(f => [
        f.scanner,
        f.source,
        f.severity,
        f.vulnerabilityId ?? f.ruleId,
      ]),
    ).toEqual([
      ['securityhub:Trivy', 'container', 'high', 'CVE-2024-50340'],
      ['securityhub:Default', 'iac', 'low', 'CKV_AWS_18'],
    ]);
  });

  it('asks Security Hub once for the active findings of the account, excluding Inspector and ECR', async () => {
    happyPath();
    await scan();
    const input = hubMock.commandCalls(GetFindingsCommand)[0].args[0].input;
    expect(input.Filters?.ResourceId).toBeUndefined();
    expect(input.Filters?.RecordState).toEqual([
      { Value: 'ACTIVE', Comparison: 'EQUALS' },
    ]);
    expect(input.Filters?.ProductName).toEqual([
      { Value: 'Inspector', Comparison: 'NOT_EQUALS' },
      { Value: 'ECR', Comparison: 'NOT_EQUALS' },
    ]);
  });

  it('reports Inspector throttling as a failed image stream, keeping Security Hub', async () => {
    happyPath();
    inspectorMock.on(ListFindingsCommand).rejects(
      new ThrottlingException({
        message: 'Rate exceeded',
        $metadata: { httpStatusCode: 429 },
      }),
    );
    const [image, hub] = await scan();
    expect(image).toEqual({
      origin: IMAGE_ORIGIN,
      error: expect.stringMatching(
        /Inspector ListFindings was throttled.*ThrottlingException/,
      ),
    });
    expect('findings' in hub && hub.findings).toHaveLength(2);
  });

  it('explains access denied without leaking the request', async () => {
    happyPath();
    hubMock.on(GetFindingsCommand).rejects(
      new AccessDeniedException({
        message:
          'User: arn:aws:sts::123456789012:assumed-role/runway is not authorized to perform: securityhub:GetFindings',
        $metadata: { httpStatusCode: 403 },
      }),
    );
    const [image, hub] = await scan();
    expect('findings' in image).toBe(true);
    expect(hub).toEqual({
      origin: SECURITY_HUB_ORIGIN,
      error:
        'SecurityHub GetFindings was denied (AccessDeniedException): the role Runway uses lacks permission',
    });
  });

  it('treats a repository without tagged images as having no image findings', async () => {
    ecrMock
      .on(DescribeImagesCommand)
      .resolves({ $metadata: {}, imageDetails: [] });
    hubMock.on(GetFindingsCommand).resolves({ $metadata: {}, Findings: [] });
    const [image] = await scan();
    expect(image).toEqual({ origin: IMAGE_ORIGIN, findings: [] });
    expect(ecrMock.commandCalls(DescribeImageScanFindingsCommand)).toHaveLength(
      0,
    );
  });

  it.each([
    ['IN_PROGRESS', 'The scan is in progress.'],
    ['FAILED', 'Unable to retrieve image manifest.'],
    ['UNSUPPORTED_IMAGE', 'The operating system is not supported.'],
    ['FINDINGS_UNAVAILABLE', undefined],
  ])(
    'reads an image whose scan is %s as not measured, not as clean',
    async (status, description) => {
      happyPath();
      ecrMock.on(DescribeImageScanFindingsCommand).resolves({
        ...scanFindingsPage1,
        imageScanStatus: { status: status as any, description },
        imageScanFindings: undefined,
        nextToken: undefined,
      });
      const [image] = await scan();
      expect(image).toEqual({
        origin: IMAGE_ORIGIN,
        error: `ECR has no finished scan of ${
          target.ecrRepository
        }@${LATEST_DIGEST} (${status}${description ? `: ${description}` : ''})`,
      });
    },
  );

  it('reads an image ECR never scanned (ScanNotFoundException) as not scanned', async () => {
    happyPath();
    ecrMock.on(DescribeImageScanFindingsCommand).rejects(
      new ScanNotFoundException({
        message: `Image scan does not exist for the image with '{imageDigest:${LATEST_DIGEST}}' in the repository with name '${target.ecrRepository}' in the registry with id '123456789012'`,
        $metadata: { httpStatusCode: 400 },
      }),
    );
    const [image] = await scan();
    expect(image).toEqual({
      origin: IMAGE_ORIGIN,
      error: `ECR has never scanned ${target.ecrRepository}@${LATEST_DIGEST}`,
    });
  });
});
