import { GetFindingsCommand } from '@aws-sdk/client-securityhub';
import { ListBackupJobsCommand } from '@aws-sdk/client-backup';
import { SelectResourceConfigCommand } from '@aws-sdk/client-config-service';
import {
  ACCOUNT,
  dbArn,
  fakeAccount,
  REGION,
} from '../../__testUtils__/fakeAccount';
import { OriginResult } from '../types';
import { AwsComplianceSource } from './AwsComplianceSource';

const now = new Date('2026-12-02T06:00:00Z');
const names = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `service-${String(i + 1).padStart(3, '0')}`,
  );
const source = (timeoutMs = 2000) =>
  new AwsComplianceSource({
    accountId: ACCOUNT,
    region: REGION,
    tagKey: 'service',
    timeoutMs,
    credentials: async () => async () => ({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
    }),
  });

/** The source's data, or the test fails naming the source's error. */
function data<T>(result: OriginResult<T>) {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

describe('AwsComplianceSource', () => {
  let account: ReturnType<typeof fakeAccount> | undefined;
  afterEach(() => account?.restore());

  it.each([
    // 2 Security Hub + 7 Config (1 query, 1 rules, 5 rules x 1) + 3 Backup + 2 CloudTrail
    [12, 14],
    // 21 Security Hub (2000 findings) + 61 Config (10 query pages, 1 rules, 5 rules x 10) + 5 Backup + 2 CloudTrail
    [500, 89],
  ])(
    'reads %i services in %i calls, account-wide listings only',
    async (size, calls) => {
      account = fakeAccount({ services: names(size), now });
      const posture = await source().collect(now);
      expect(account.calls()).toBe(calls);
      expect(data(posture.securityhub).services.size).toBe(size);
      expect(data(posture.config).services.size).toBe(size);
      expect(data(posture.backup).services.size).toBe(size);
      expect(data(posture.cloudtrail).account?.cloudTrailLogging).toBe(true);
    },
  );

  it('attributes findings, rules and backups to services by tag, with remediation links', async () => {
    account = fakeAccount({
      services: ['cart-api', 'search-api'],
      now,
      failing: ['cart-api'],
      backupAgeMinutes: { 'search-api': 3 * 1440 },
    });
    const posture = await source().collect(now);
    const [hub, config, backup, trail] = [
      data(posture.securityhub),
      data(posture.config),
      data(posture.backup),
      data(posture.cloudtrail),
    ];
    const cart = hub.services.get('cart-api')!;
    expect(cart.find(c => c.controlId === 'RDS.3')).toEqual({
      controlId: 'RDS.3',
      title: 'RDS DB instances should have encryption at-rest enabled',
      severity: 'medium',
      resourceArn: dbArn('cart-api'),
      status: 'failed',
      remediationUrl:
        'https://docs.aws.amazon.com/console/securityhub/RDS.3/remediation',
    });
    expect(hub.account?.standards).toEqual([
      'AWS Foundational Security Best Practices v1.0.0',
      'CIS AWS Foundations Benchmark v3.0.0',
    ]);
    const rules = config.services.get('cart-api')!;
    // Security Hub's own rule is not counted twice.
    expect(rules.map(r => r.controlId)).not.toContain(
      'securityhub-rds-storage-encrypted-a1b2c3',
    );
    expect(
      rules.find(r => r.controlId === 'rds-storage-encrypted')?.remediationUrl,
    ).toBe(
      'https://docs.aws.amazon.com/config/latest/developerguide/rds-storage-encrypted.html',
    );
    expect(backup.services.get('cart-api')).toEqual({
      protectedResources: 1,
      lastBackupAt: '2026-12-02T05:55:00.000Z',
      lastRestoreTestAt: '2026-12-01T06:00:00.000Z',
      restoreMinutes: 40,
    });
    // Three days without a continuous backup: the newest job, a day old, is the last backup.
    expect(backup.services.get('search-api')?.lastBackupAt).toBe(
      '2026-12-01T06:00:00.000Z',
    );
    expect(trail.account?.cloudTrailLogging).toBe(true);
    expect(
      account.securityHub.commandCalls(GetFindingsCommand)[0].args[0].input
        .Filters,
    ).toMatchObject({
      RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
      ComplianceStatus: expect.arrayContaining([
        { Value: 'FAILED', Comparison: 'EQUALS' },
      ]),
    });
    expect(
      account.backup.commandCalls(ListBackupJobsCommand)[0].args[0].input,
    ).toMatchObject({ ByState: 'COMPLETED' });
  });

  it('fails one source when it is throttled, the others still answer', async () => {
    account = fakeAccount({ services: names(3), now });
    account.securityHub.on(GetFindingsCommand).rejects(
      Object.assign(
        new Error('Rate exceeded for arn:aws:iam::123456789012:role/runway'),
        {
          name: 'TooManyRequestsException',
          $metadata: { httpStatusCode: 429 },
        },
      ),
    );
    const posture = await source().collect(now);
    expect(posture.securityhub).toEqual({
      ok: false,
      error:
        'Security Hub GetFindings was throttled by AWS (TooManyRequestsException); the next scheduled refresh will try again',
    });
    expect(posture.config.ok).toBe(true);
    // Backup attributes through Config's inventory, which still answered.
    expect(posture.backup.ok).toBe(true);
    expect(posture.cloudtrail.ok).toBe(true);
  });

  it('times out a call that never answers; backup still attributes through the tagged resources in Security Hub findings', async () => {
    account = fakeAccount({ services: names(3), now });
    account.config
      .on(SelectResourceConfigCommand)
      .callsFake(() => new Promise(() => {}));
    const posture = await source(50).collect(now);
    expect(posture.config).toEqual({
      ok: false,
      error: 'AWS Config SelectResourceConfig timed out',
    });
    // Security Hub's tagged resources still attribute the databases.
    expect(posture.backup.ok).toBe(true);
    expect(posture.securityhub.ok).toBe(true);
  });

  it('fails every source with the same clean reason when credentials fail', async () => {
    const posture = await new AwsComplianceSource({
      accountId: ACCOUNT,
      region: REGION,
      tagKey: 'service',
      timeoutMs: 100,
      credentials: async () => {
        throw Object.assign(
          new Error('role arn:aws:iam::123456789012:role/x'),
          {
            name: 'AccessDenied',
          },
        );
      },
    }).collect(now);
    expect(posture.cloudtrail).toEqual({
      ok: false,
      error:
        'AWS credentials was denied (AccessDenied): the role Runway uses lacks permission',
    });
  });
});
