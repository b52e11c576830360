import { randomFor } from './random';
import { DemoService, DemoWorld } from './world';

/**
 * The demo world's compliance posture, as Security Hub, AWS Config, AWS Backup and
 * CloudTrail would report it for the platform the aws-platform template creates: each
 * service has an RDS instance (when it has a database), an ElastiCache cluster (when it has
 * a cache) and an assets bucket, all tagged `service=<name>`. Two story beats show:
 * `story.failingControl` (RDS.3, encryption at rest, fails on the over-budget team's
 * service) and `story.missingBackup` (that service's database has had no completed backup
 * since `lastBackupAt`). Everything else passes, apart from a few seeded medium findings.
 */

/** @public */
export const DEMO_ACCOUNT_ID = '123456789012';
/** @public */
export const DEMO_REGION = 'eu-west-1';

/** @public */
export interface DemoControlResult {
  origin: 'securityhub' | 'config';
  /** Security Hub control id (`RDS.3`) or AWS Config managed rule name. */
  controlId: string;
  title: string;
  severity: 'critical' | 'high' | 'medium' | 'low';
  resourceArn: string;
  status: 'passed' | 'failed';
  remediationUrl: string;
}

/** @public */
export interface DemoBackupPosture {
  protectedResources: number;
  lastBackupAt: string | null;
  lastRestoreTestAt: string | null;
  restoreMinutes: number | null;
}

/** @public */
export interface DemoServiceCompliance {
  service: string;
  controls: DemoControlResult[];
  /** Null when none of the service's resources is under AWS Backup (no database). */
  backup: DemoBackupPosture | null;
}

/** @public */
export const DEMO_SECURITY_STANDARDS = [
  'AWS Foundational Security Best Practices v1.0.0',
  'CIS AWS Foundations Benchmark v3.0.0',
];

type Kind = 'rds' | 'elasticache' | 's3';
const CONTROLS: Record<
  Kind,
  Array<Omit<DemoControlResult, 'resourceArn' | 'status' | 'remediationUrl'>>
> = {
  rds: [
    {
      origin: 'securityhub',
      controlId: 'RDS.2',
      title:
        'RDS DB Instances should prohibit public access, as determined by the PubliclyAccessible configuration',
      severity: 'critical',
    },
    {
      origin: 'securityhub',
      controlId: 'RDS.3',
      title: 'RDS DB instances should have encryption at-rest enabled',
      severity: 'medium',
    },
    {
      origin: 'securityhub',
      controlId: 'RDS.11',
      title: 'RDS instances should have automatic backups enabled',
      severity: 'medium',
    },
    {
      origin: 'config',
      controlId: 'db-instance-backup-enabled',
      title: 'RDS DB instances have backups enabled',
      severity: 'medium',
    },
  ],
  elasticache: [
    {
      origin: 'securityhub',
      controlId: 'ElastiCache.1',
      title:
        'ElastiCache (Redis OSS) clusters should have automatic backups enabled',
      severity: 'high',
    },
  ],
  s3: [
    {
      origin: 'securityhub',
      controlId: 'S3.8',
      title: 'S3 general purpose buckets should block public access',
      severity: 'high',
    },
    {
      origin: 'securityhub',
      controlId: 'S3.5',
      title: 'S3 general purpose buckets should require requests to use SSL',
      severity: 'medium',
    },
    {
      origin: 'securityhub',
      controlId: 'S3.9',
      title:
        'S3 general purpose buckets should have server access logging enabled',
      severity: 'medium',
    },
    {
      origin: 'config',
      controlId: 's3-bucket-versioning-enabled',
      title: 'S3 buckets have versioning enabled',
      severity: 'medium',
    },
  ],
};

/** AWS's own remediation pages: Security Hub's per-control page, Config's managed rule page. */
function remediationUrl(origin: DemoControlResult['origin'], id: string) {
  return origin === 'securityhub'
    ? `https://docs.aws.amazon.com/console/securityhub/${id}/remediation`
    : `https://docs.aws.amazon.com/config/latest/developerguide/${id}.html`;
}

/** @public */
export function demoResourceArns(service: DemoService, world: DemoWorld) {
  const hasDb =
    service.database ||
    service.name === world.story.failingControl.service ||
    service.name === world.story.missingBackup.service;
  const arns: Array<{ kind: Kind; arn: string }> = [
    { kind: 's3', arn: `arn:aws:s3:::${service.name}-assets` },
  ];
  if (hasDb) {
    arns.push({
      kind: 'rds',
      arn: `arn:aws:rds:${DEMO_REGION}:${DEMO_ACCOUNT_ID}:db:${service.name}-db`,
    });
  }
  if (service.cache) {
    arns.push({
      kind: 'elasticache',
      arn: `arn:aws:elasticache:${DEMO_REGION}:${DEMO_ACCOUNT_ID}:cluster:${service.name}-cache`,
    });
  }
  return arns;
}

const MINUTE = 60_000;

/**
 * One service's posture at `at` (default the world's `now`, the start of its hour). Pure:
 * the same world and time give the same answer. Continuous backups are minutes before
 * `at`, so a refresh late in the hour does not see them age; the story's are absolute.
 *
 * @public
 */
export function demoServiceCompliance(
  world: DemoWorld,
  name: string,
  at: Date = new Date(world.now),
): DemoServiceCompliance {
  const service = world.services.find(s => s.name === name);
  if (!service) throw new Error(`no demo service named ${name}`);
  const rnd = randomFor(world.seed, 'compliance', name);
  const { failingControl, missingBackup } = world.story;
  const resources = demoResourceArns(service, world);
  const controls = resources.flatMap(({ kind, arn }) =>
    CONTROLS[kind].map((c): DemoControlResult => {
      const storyFails =
        name === failingControl.service &&
        c.controlId === failingControl.controlId;
      // A few medium findings elsewhere, so scores differ; never a critical or high one.
      // The story control fails only where the story says.
      const seededFails =
        c.severity === 'medium' &&
        c.controlId !== failingControl.controlId &&
        rnd.chance(0.12);
      return {
        ...c,
        resourceArn: arn,
        status: storyFails || seededFails ? 'failed' : 'passed',
        remediationUrl: remediationUrl(c.origin, c.controlId),
      };
    }),
  );
  const db = resources.find(r => r.kind === 'rds');
  if (!db) return { service: name, controls, backup: null };
  const now = at.getTime();
  // Continuous backups (point-in-time recovery) land every few minutes; the story's
  // database stopped three days ago.
  const lastBackupAt =
    name === missingBackup.service
      ? missingBackup.lastBackupAt
      : new Date(now - rnd.int(2, 12) * MINUTE).toISOString();
  // The weekly restore-testing plan ran in the last week and took 18 to 52 minutes.
  const restoreMinutes = rnd.int(18, 52);
  const lastRestoreTestAt = new Date(
    now - rnd.int(1, 6) * 24 * 60 * MINUTE - rnd.int(0, 600) * MINUTE,
  ).toISOString();
  return {
    service: name,
    controls,
    backup: {
      protectedResources: 1,
      lastBackupAt,
      lastRestoreTestAt,
      restoreMinutes,
    },
  };
}

/**
 * Every service's posture, and the account's trail (logging in the demo).
 *
 * @public
 */
export function demoCompliance(
  world: DemoWorld,
  at?: Date,
): {
  services: DemoServiceCompliance[];
  cloudTrailLogging: boolean;
  standards: string[];
} {
  return {
    services: world.services.map(s => demoServiceCompliance(world, s.name, at)),
    cloudTrailLogging: true,
    standards: DEMO_SECURITY_STANDARDS,
  };
}
