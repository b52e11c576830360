import {
  BackupClient,
  ListBackupJobsCommand,
  ListProtectedResourcesCommand,
  ListRestoreJobsCommand,
} from '@aws-sdk/client-backup';
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetTrailStatusCommand,
} from '@aws-sdk/client-cloudtrail';
import {
  ConfigServiceClient,
  DescribeConfigRulesCommand,
  GetComplianceDetailsByConfigRuleCommand,
  SelectResourceConfigCommand,
} from '@aws-sdk/client-config-service';
import {
  AwsSecurityFinding,
  GetEnabledStandardsCommand,
  GetFindingsCommand,
  SecurityHubClient,
} from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';

/**
 * A fake AWS account at the wire: S services, each with an RDS instance and an S3 bucket
 * tagged `service=<name>`, payloads shaped like the APIs' documented responses (ASFF
 * findings as in the AWS CLI's get-findings example, Config advanced query rows as JSON
 * strings). Each fake pages by the request's own page size and a numeric NextToken.
 */
export const ACCOUNT = '123456789012';
export const REGION = 'eu-west-1';
const MIN = 60_000;
const DAY = 1440 * MIN;

export const dbArn = (s: string) =>
  `arn:aws:rds:${REGION}:${ACCOUNT}:db:${s}-db`;
export const bucketArn = (s: string) => `arn:aws:s3:::${s}-assets`;

const CONTROLS = [
  [
    'RDS.3',
    'RDS DB instances should have encryption at-rest enabled',
    'MEDIUM',
    'db',
  ],
  ['RDS.2', 'RDS DB Instances should prohibit public access', 'CRITICAL', 'db'],
  [
    'S3.8',
    'S3 general purpose buckets should block public access',
    'HIGH',
    'bucket',
  ],
  [
    'S3.5',
    'S3 general purpose buckets should require requests to use SSL',
    'MEDIUM',
    'bucket',
  ],
] as const;
/** Rules in the account; Security Hub's own (securityhub-*) are listed but not read. */
export const RULES = [
  ['rds-storage-encrypted', 'RDS_STORAGE_ENCRYPTED'],
  ['db-instance-backup-enabled', 'DB_INSTANCE_BACKUP_ENABLED'],
  ['s3-bucket-versioning-enabled', 'S3_BUCKET_VERSIONING_ENABLED'],
  ['s3-bucket-logging-enabled', 'S3_BUCKET_LOGGING_ENABLED'],
  [
    'rds-instance-deletion-protection-enabled',
    'RDS_INSTANCE_DELETION_PROTECTION_ENABLED',
  ],
  ['securityhub-rds-storage-encrypted-a1b2c3', 'RDS_STORAGE_ENCRYPTED'],
] as const;

export interface FakeAccountOptions {
  services: string[];
  now: Date;
  /** Services whose RDS.3 fails. */
  failing?: string[];
  /** Minutes since each database's last backup (default 5). */
  backupAgeMinutes?: Record<string, number>;
}

function page<T>(items: T[], size: number, token: string | undefined) {
  const start = Number(token ?? 0);
  const end = start + size;
  return {
    items: items.slice(start, end),
    next: end < items.length ? String(end) : undefined,
  };
}

function finding(
  service: string,
  [id, title, label, kind]: (typeof CONTROLS)[number],
  failed: boolean,
  now: Date,
): AwsSecurityFinding {
  const arn = kind === 'db' ? dbArn(service) : bucketArn(service);
  return {
    SchemaVersion: '2018-10-08',
    Id: `arn:aws:securityhub:${REGION}:${ACCOUNT}:security-control/${id}/finding/${service}-${id}`,
    ProductArn: `arn:aws:securityhub:${REGION}::product/aws/securityhub`,
    GeneratorId: `security-control/${id}`,
    AwsAccountId: ACCOUNT,
    Types: [
      'Software and Configuration Checks/Industry and Regulatory Standards',
    ],
    CreatedAt: now.toISOString(),
    UpdatedAt: now.toISOString(),
    Severity: { Label: label, Normalized: label === 'CRITICAL' ? 90 : 40 },
    Title: title,
    Description: title,
    Remediation: {
      Recommendation: {
        Text: 'For information on how to correct this issue, consult the AWS Security Hub controls documentation.',
        Url: `https://docs.aws.amazon.com/console/securityhub/${id}/remediation`,
      },
    },
    ProductFields: {
      RecommendationUrl: `https://docs.aws.amazon.com/console/securityhub/${id}/remediation`,
      'aws/securityhub/ProductName': 'Security Hub',
    },
    Resources: [
      {
        Type: kind === 'db' ? 'AwsRdsDbInstance' : 'AwsS3Bucket',
        Id: arn,
        Partition: 'aws',
        Region: REGION,
        Tags: { service, team: 'team-catalog' },
      },
    ],
    Compliance: {
      Status: failed ? 'FAILED' : 'PASSED',
      SecurityControlId: id,
      AssociatedStandards: [
        {
          StandardsId:
            'standards/aws-foundational-security-best-practices/v/1.0.0',
        },
      ],
    },
    WorkflowState: 'NEW',
    Workflow: { Status: 'NEW' },
    RecordState: 'ACTIVE',
  };
}

/** Mocks the four SDK clients with the account; returns the mocks to count calls on. */
export function fakeAccount(options: FakeAccountOptions) {
  const { services, now } = options;
  const failing = new Set(options.failing ?? []);
  const securityHub = mockClient(SecurityHubClient);
  const config = mockClient(ConfigServiceClient);
  const backup = mockClient(BackupClient);
  const cloudTrail = mockClient(CloudTrailClient);

  securityHub.on(GetEnabledStandardsCommand).resolves({
    StandardsSubscriptions: [
      {
        StandardsSubscriptionArn: `arn:aws:securityhub:${REGION}:${ACCOUNT}:subscription/aws-foundational-security-best-practices/v/1.0.0`,
        StandardsArn: `arn:aws:securityhub:${REGION}::standards/aws-foundational-security-best-practices/v/1.0.0`,
        StandardsInput: {},
        StandardsStatus: 'READY',
      },
      {
        StandardsSubscriptionArn: `arn:aws:securityhub:${REGION}:${ACCOUNT}:subscription/cis-aws-foundations-benchmark/v/3.0.0`,
        StandardsArn: `arn:aws:securityhub:${REGION}::standards/cis-aws-foundations-benchmark/v/3.0.0`,
        StandardsInput: {},
        StandardsStatus: 'READY',
      },
    ],
  });
  const findings = services.flatMap(s =>
    CONTROLS.map(c => finding(s, c, c[0] === 'RDS.3' && failing.has(s), now)),
  );
  securityHub.on(GetFindingsCommand).callsFake(input => {
    const { items, next } = page(
      findings,
      input.MaxResults ?? 100,
      input.NextToken,
    );
    return { Findings: items, NextToken: next };
  });

  const rows = services.flatMap(s => [
    JSON.stringify({
      resourceId: `db-${s.toUpperCase()}`,
      resourceType: 'AWS::RDS::DBInstance',
      arn: dbArn(s),
      tags: [
        { key: 'service', value: s },
        { key: 'team', value: 'team-catalog' },
      ],
    }),
    JSON.stringify({
      resourceId: `${s}-assets`,
      resourceType: 'AWS::S3::Bucket',
      arn: bucketArn(s),
      tags: [{ key: 'service', value: s }],
    }),
  ]);
  config.on(SelectResourceConfigCommand).callsFake(input => {
    const { items, next } = page(rows, input.Limit ?? 100, input.NextToken);
    return {
      Results: items,
      QueryInfo: {
        SelectFields: [
          { Name: 'resourceId' },
          { Name: 'resourceType' },
          { Name: 'arn' },
          { Name: 'tags' },
        ],
      },
      NextToken: next,
    };
  });
  const rules = RULES.map(([name, identifier], i) => ({
    ConfigRuleName: name,
    ConfigRuleArn: `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/config-rule-${i}`,
    ConfigRuleId: `config-rule-${i}`,
    Description: `Checks ${identifier.toLowerCase().replace(/_/g, ' ')}`,
    Source: { Owner: 'AWS' as const, SourceIdentifier: identifier },
    ConfigRuleState: 'ACTIVE' as const,
  }));
  config.on(DescribeConfigRulesCommand).callsFake(input => {
    const { items, next } = page(rules, 25, input.NextToken);
    return { ConfigRules: items, NextToken: next };
  });
  config.on(GetComplianceDetailsByConfigRuleCommand).callsFake(input => {
    const evaluations = services.flatMap(s =>
      [
        ['AWS::RDS::DBInstance', `db-${s.toUpperCase()}`],
        ['AWS::S3::Bucket', `${s}-assets`],
      ].map(([type, id]) => ({
        EvaluationResultIdentifier: {
          EvaluationResultQualifier: {
            ConfigRuleName: input.ConfigRuleName,
            ResourceType: type,
            ResourceId: id,
          },
          OrderingTimestamp: now,
        },
        ComplianceType: 'COMPLIANT' as const,
        ResultRecordedTime: now,
        ConfigRuleInvokedTime: now,
      })),
    );
    const { items, next } = page(
      evaluations,
      input.Limit ?? 10,
      input.NextToken,
    );
    return { EvaluationResults: items, NextToken: next };
  });

  const ageOf = (s: string) => options.backupAgeMinutes?.[s] ?? 5;
  const protectedResources = services.map(s => ({
    ResourceArn: dbArn(s),
    ResourceType: 'RDS',
    LastBackupTime: new Date(now.getTime() - ageOf(s) * MIN),
    ResourceName: `${s}-db`,
  }));
  backup.on(ListProtectedResourcesCommand).callsFake(input => {
    const { items, next } = page(
      protectedResources,
      input.MaxResults ?? 1000,
      input.NextToken,
    );
    return { Results: items, NextToken: next };
  });
  // A daily snapshot on each of the last two days.
  const jobs = services.flatMap(s =>
    [1, 2].map(d => ({
      BackupJobId: `job-${s}-${d}`,
      BackupVaultName: 'runway-prod',
      ResourceArn: dbArn(s),
      ResourceType: 'RDS',
      State: 'COMPLETED' as const,
      CreationDate: new Date(now.getTime() - d * DAY - 30 * MIN),
      CompletionDate: new Date(now.getTime() - d * DAY),
    })),
  );
  backup.on(ListBackupJobsCommand).callsFake(input => {
    const after = input.ByCompleteAfter?.getTime() ?? 0;
    const matching = jobs.filter(j => j.CompletionDate.getTime() >= after);
    const { items, next } = page(
      matching,
      input.MaxResults ?? 1000,
      input.NextToken,
    );
    return { BackupJobs: items, NextToken: next };
  });
  // The weekly restore-testing plan over five weeks, each restore taking 40 minutes.
  const restores = services.flatMap(s =>
    [1, 8, 15, 22, 29].map(d => ({
      RestoreJobId: `restore-${s}-${d}`,
      RecoveryPointArn: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:awsbackup:job-${s}-${d}`,
      SourceResourceArn: dbArn(s),
      CreationDate: new Date(now.getTime() - d * DAY - 40 * MIN),
      CompletionDate: new Date(now.getTime() - d * DAY),
      Status: 'COMPLETED' as const,
      ResourceType: 'RDS',
      CreatedBy: {
        RestoreTestingPlanArn: `arn:aws:backup:${REGION}:${ACCOUNT}:restore-testing-plan:weekly-abc123`,
      },
    })),
  );
  backup.on(ListRestoreJobsCommand).callsFake(input => {
    const { items, next } = page(
      restores,
      input.MaxResults ?? 1000,
      input.NextToken,
    );
    return { RestoreJobs: items, NextToken: next };
  });

  cloudTrail.on(DescribeTrailsCommand).resolves({
    trailList: [
      {
        Name: 'runway-organization-trail',
        S3BucketName: 'runway-cloudtrail-logs',
        IsMultiRegionTrail: true,
        HomeRegion: REGION,
        TrailARN: `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/runway-organization-trail`,
        LogFileValidationEnabled: true,
        KmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
        IsOrganizationTrail: true,
      },
    ],
  });
  cloudTrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });

  const mocks = { securityHub, config, backup, cloudTrail };
  return {
    ...mocks,
    calls: () => Object.values(mocks).reduce((n, m) => n + m.calls().length, 0),
    restore: () => Object.values(mocks).forEach(m => m.restore()),
  };
}
