// Responses shaped as the AWS API references document them (ECR DescribeImages /
// DescribeImageScanFindings, Inspector2 ListFindings, Security Hub GetFindings), typed
// against the SDK's own output types so a wrong field fails to compile.
import type {
  DescribeImageScanFindingsCommandOutput,
  DescribeImagesCommandOutput,
} from '@aws-sdk/client-ecr';
import type { ListFindingsCommandOutput } from '@aws-sdk/client-inspector2';
import type { GetFindingsCommandOutput } from '@aws-sdk/client-securityhub';

const $metadata = {
  httpStatusCode: 200,
  requestId: 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111',
  attempts: 1,
  totalRetryDelay: 0,
};
export const OLD_DIGEST =
  'sha256:1111111111111111111111111111111111111111111111111111111111111111';
export const LATEST_DIGEST =
  'sha256:9a8b7c6d5e4f30211029384756abcdef0123456789abcdef0123456789abcdef';

export const describeImagesPage1: DescribeImagesCommandOutput = {
  $metadata,
  imageDetails: [
    {
      registryId: '123456789012',
      repositoryName: 'catalog-api',
      imageDigest: OLD_DIGEST,
      imageTags: ['1.41.0'],
      imageSizeInBytes: 187_331_231,
      imagePushedAt: new Date('2026-10-01T08:00:00Z'),
      imageScanStatus: {
        status: 'COMPLETE',
        description: 'The scan was completed successfully.',
      },
      imageManifestMediaType:
        'application/vnd.docker.distribution.manifest.v2+json',
      artifactMediaType: 'application/vnd.docker.container.image.v1+json',
    },
  ],
  nextToken: 'eyJpbWFnZXMiOiJwYWdlMiJ9',
};

export const describeImagesPage2: DescribeImagesCommandOutput = {
  $metadata,
  imageDetails: [
    {
      registryId: '123456789012',
      repositoryName: 'catalog-api',
      imageDigest: LATEST_DIGEST,
      imageTags: ['1.42.0', 'prod'],
      imageSizeInBytes: 188_004_992,
      imagePushedAt: new Date('2026-11-14T10:30:00Z'),
      imageScanStatus: {
        status: 'COMPLETE',
        description: 'The scan was completed successfully.',
      },
      imageScanFindingsSummary: {
        imageScanCompletedAt: new Date('2026-11-14T10:31:12Z'),
        vulnerabilitySourceUpdatedAt: new Date('2026-11-14T00:00:00Z'),
        findingSeverityCounts: { HIGH: 1, LOW: 1, CRITICAL: 1 },
      },
    },
  ],
};

/** Basic scanning, first page: two findings and a nextToken. */
export const scanFindingsPage1: DescribeImageScanFindingsCommandOutput = {
  $metadata,
  registryId: '123456789012',
  repositoryName: 'catalog-api',
  imageId: { imageDigest: LATEST_DIGEST, imageTag: '1.42.0' },
  imageScanStatus: {
    status: 'COMPLETE',
    description: 'The scan was completed successfully.',
  },
  imageScanFindings: {
    imageScanCompletedAt: new Date('2026-11-14T10:31:12Z'),
    vulnerabilitySourceUpdatedAt: new Date('2026-11-14T00:00:00Z'),
    findingSeverityCounts: { HIGH: 1, LOW: 1, CRITICAL: 1 },
    findings: [
      {
        name: 'CVE-2023-44487',
        description:
          'The HTTP/2 protocol allows a denial of service (server resource consumption) because request cancellation can reset many streams quickly.',
        uri: 'https://security-tracker.debian.org/tracker/CVE-2023-44487',
        severity: 'HIGH',
        attributes: [
          { key: 'package_version', value: '1.52.0-1' },
          { key: 'package_name', value: 'nghttp2' },
          { key: 'CVSS2_VECTOR', value: 'AV:N/AC:L/Au:N/C:N/I:N/A:P' },
          { key: 'CVSS2_SCORE', value: '5' },
        ],
      },
      {
        name: 'CVE-2011-3374',
        description:
          'It was found that apt-key in apt, all versions, do not correctly validate gpg keys with the master keyring.',
        uri: 'https://security-tracker.debian.org/tracker/CVE-2011-3374',
        severity: 'LOW',
        attributes: [
          { key: 'package_version', value: '2.6.1' },
          { key: 'package_name', value: 'apt' },
        ],
      },
    ],
  },
  nextToken: 'ZmluZGluZ3MtcGFnZS0y',
};

/** Second page: an enhanced (Inspector) finding that Inspector also reports. */
export const scanFindingsPage2: DescribeImageScanFindingsCommandOutput = {
  $metadata,
  registryId: '123456789012',
  repositoryName: 'catalog-api',
  imageId: { imageDigest: LATEST_DIGEST, imageTag: '1.42.0' },
  imageScanStatus: {
    status: 'ACTIVE',
    description: 'Continuous scan is selected for image.',
  },
  imageScanFindings: {
    enhancedFindings: [
      {
        awsAccountId: '123456789012',
        description:
          'Issue summary: Calling the OpenSSL API function SSL_select_next_proto with an empty supported client protocols buffer may cause a crash or memory contents to be sent to the peer.',
        findingArn:
          'arn:aws:inspector2:eu-west-1:123456789012:finding/0f4e3b2a1c9d8e7f6a5b4c3d2e1f0a9b',
        firstObservedAt: new Date('2026-10-21T10:00:00Z'),
        lastObservedAt: new Date('2026-11-14T10:31:12Z'),
        packageVulnerabilityDetails: {
          vulnerabilityId: 'CVE-2024-5535',
          source: 'DEBIAN_CVE',
          sourceUrl:
            'https://security-tracker.debian.org/tracker/CVE-2024-5535',
          vendorSeverity: 'not yet assigned',
          vulnerablePackages: [
            {
              name: 'openssl',
              version: '3.0.11',
              release: '1~deb12u2',
              arch: 'X86_64',
              packageManager: 'OS',
              fixedInVersion: 'NotAvailable',
            },
          ],
          referenceUrls: ['https://www.openssl.org/news/secadv/20240627.txt'],
        },
        remediation: { recommendation: { text: 'None Provided' } },
        resources: [
          {
            id: `arn:aws:ecr:eu-west-1:123456789012:repository/catalog-api/${LATEST_DIGEST}`,
            type: 'AWS_ECR_CONTAINER_IMAGE',
            details: {
              awsEcrContainerImage: {
                repositoryName: 'catalog-api',
                imageHash: LATEST_DIGEST,
                imageTags: ['1.42.0'],
                registry: '123456789012',
              },
            },
          },
        ],
        score: 9.1,
        severity: 'CRITICAL',
        status: 'ACTIVE',
        title: 'CVE-2024-5535 - openssl',
        type: 'PACKAGE_VULNERABILITY',
        fixAvailable: 'NO',
        exploitAvailable: 'NO',
      },
    ],
  },
};

const inspectorFinding = (
  cve: string,
  pkg: string,
  version: string,
  fixed: string | undefined,
  severity: string,
  firstObservedAt: string,
) => ({
  awsAccountId: '123456789012',
  findingArn: `arn:aws:inspector2:eu-west-1:123456789012:finding/${cve.toLowerCase()}`,
  type: 'PACKAGE_VULNERABILITY' as const,
  title: `${cve} - ${pkg}`,
  description: `${cve} affects ${pkg}.`,
  severity: severity as 'CRITICAL',
  status: 'ACTIVE' as const,
  firstObservedAt: new Date(firstObservedAt),
  lastObservedAt: new Date('2026-11-14T10:31:12Z'),
  updatedAt: new Date('2026-11-14T10:31:12Z'),
  fixAvailable: (fixed ? 'YES' : 'NO') as 'YES',
  inspectorScore: 9.1,
  remediation: {
    recommendation: {
      text: fixed ? `Upgrade ${pkg} to ${fixed}` : 'None Provided',
    },
  },
  packageVulnerabilityDetails: {
    vulnerabilityId: cve,
    source: 'DEBIAN_CVE',
    sourceUrl: `https://security-tracker.debian.org/tracker/${cve}`,
    vulnerablePackages: [
      {
        name: pkg,
        version,
        packageManager: 'OS' as const,
        arch: 'X86_64',
        ...(fixed
          ? { fixedInVersion: fixed }
          : { fixedInVersion: 'NotAvailable' }),
      },
    ],
  },
  resources: [
    {
      type: 'AWS_ECR_CONTAINER_IMAGE' as const,
      id: `arn:aws:ecr:eu-west-1:123456789012:repository/catalog-api/${LATEST_DIGEST}`,
      partition: 'aws',
      region: 'eu-west-1',
      details: {
        awsEcrContainerImage: {
          repositoryName: 'catalog-api',
          imageHash: LATEST_DIGEST,
          registry: '123456789012',
          pushedAt: new Date('2026-11-14T10:30:00Z'),
        },
      },
    },
  ],
});

export const inspectorPage1: ListFindingsCommandOutput = {
  $metadata,
  findings: [
    inspectorFinding(
      'CVE-2024-5535',
      'openssl',
      '3.0.11-1~deb12u2',
      '3.0.13-1~deb12u1',
      'CRITICAL',
      '2026-10-21T10:00:00Z',
    ),
  ],
  nextToken: 'aW5zcGVjdG9yLXBhZ2UtMg==',
};

export const inspectorPage2: ListFindingsCommandOutput = {
  $metadata,
  findings: [
    inspectorFinding(
      'CVE-2024-2961',
      'glibc',
      '2.36-9+deb12u4',
      '2.36-9+deb12u7',
      'HIGH',
      '2026-11-02T07:00:00Z',
    ),
  ],
};

/** Trivy's ASFF template sends image CVEs to Security Hub; Checkov sends IaC checks. */
export const securityHubFindingsPage: GetFindingsCommandOutput = {
  $metadata,
  Findings: [
    {
      SchemaVersion: '2018-10-08',
      Id: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-api:1.42.0/CVE-2024-50340',
      ProductArn:
        'arn:aws:securityhub:eu-west-1::product/aquasecurity/aquasecurity',
      ProductName: 'Trivy',
      CompanyName: 'Aqua Security',
      GeneratorId: 'Trivy/CVE-2024-50340',
      AwsAccountId: '123456789012',
      Types: ['Software and Configuration Checks/Vulnerabilities/CVE'],
      FirstObservedAt: '2026-11-10T12:00:00.000Z',
      CreatedAt: '2026-11-10T12:00:00.000Z',
      UpdatedAt: '2026-11-14T10:35:00.000Z',
      Severity: { Label: 'HIGH', Original: 'HIGH' },
      Title:
        'Trivy found a vulnerability to CVE-2024-50340 in container 123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-api:1.42.0',
      Description:
        'Symfony allows environment variables to be overridden via query parameters',
      Remediation: {
        Recommendation: {
          Text: 'More information on this vulnerability is provided in the hyperlink',
          Url: 'https://avd.aquasec.com/nvd/cve-2024-50340',
        },
      },
      ProductFields: { 'Product Name': 'Trivy' },
      Resources: [
        {
          Type: 'Container',
          Id: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-api:1.42.0',
          Partition: 'aws',
          Region: 'eu-west-1',
          Details: {
            Container: {
              ImageName:
                '123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-api:1.42.0',
            },
            Other: {
              'CVE ID': 'CVE-2024-50340',
              PkgName: 'symfony/runtime',
              'Installed Package': 'v7.1.5',
              'Patched Package': '7.1.7',
            },
          },
        },
      ],
      Vulnerabilities: [
        {
          Id: 'CVE-2024-50340',
          VulnerablePackages: [
            {
              Name: 'symfony/runtime',
              Version: 'v7.1.5',
              FixedInVersion: '7.1.7',
            },
          ],
          ReferenceUrls: ['https://nvd.nist.gov/vuln/detail/CVE-2024-50340'],
          FixAvailable: 'YES',
        },
      ],
      RecordState: 'ACTIVE',
      Workflow: { Status: 'NEW' },
    },
    {
      SchemaVersion: '2018-10-08',
      Id: 'checkov-CKV_AWS_18-catalog-api-assets',
      ProductArn:
        'arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default',
      ProductName: 'Default',
      CompanyName: 'Personal',
      GeneratorId: 'CKV_AWS_18',
      AwsAccountId: '123456789012',
      Types: [
        'Software and Configuration Checks/Industry and Regulatory Standards',
      ],
      CreatedAt: '2026-11-12T09:00:00.000Z',
      UpdatedAt: '2026-11-12T09:00:00.000Z',
      Severity: { Label: 'LOW' },
      Title: 'Ensure the S3 bucket has access logging enabled',
      Description:
        'Checkov: CKV_AWS_18 failed for resource aws_s3_bucket.assets',
      Resources: [
        {
          Type: 'AwsEcrRepository',
          Id: 'arn:aws:ecr:eu-west-1:123456789012:repository/catalog-api',
        },
      ],
      RecordState: 'ACTIVE',
      Workflow: { Status: 'NEW' },
    },
    {
      // CONTAINS matches `/catalog-api-v2` too; the source must drop it.
      SchemaVersion: '2018-10-08',
      Id: 'other-repo-finding',
      ProductArn:
        'arn:aws:securityhub:eu-west-1::product/aquasecurity/aquasecurity',
      ProductName: 'Trivy',
      GeneratorId: 'Trivy/CVE-2024-0001',
      AwsAccountId: '123456789012',
      CreatedAt: '2026-11-12T09:00:00.000Z',
      UpdatedAt: '2026-11-12T09:00:00.000Z',
      Severity: { Label: 'CRITICAL' },
      Title: 'Not ours',
      Description: 'A finding of another repository',
      Resources: [
        {
          Type: 'Container',
          Id: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/catalog-api-v2:3.0.0',
        },
      ],
      Vulnerabilities: [{ Id: 'CVE-2024-0001' }],
      RecordState: 'ACTIVE',
    },
  ],
};
