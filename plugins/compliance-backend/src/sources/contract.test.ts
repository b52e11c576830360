import { ConfigReader } from '@backstage/config';
import { createDemoWorld } from '@runway/demo-node';
import { ACCOUNT, fakeAccount, REGION } from '../__testUtils__/fakeAccount';
import { AwsComplianceSource } from './aws/AwsComplianceSource';
import { DemoComplianceSource } from './DemoComplianceSource';
import { CollectedPosture, ComplianceSource, OriginResult } from './types';

const now = new Date('2026-12-02T06:00:00Z');
const world = createDemoWorld({ now });
const names = world.services.map(s => s.name);

const data = <T>(result: OriginResult<T>) => {
  if (!result.ok) throw new Error(result.error);
  return result.data;
};

/** The demo source and the AWS one (SDK clients mocked) answer in one shape. */
describe.each([
  ['demo', () => new DemoComplianceSource(new ConfigReader({}))],
  [
    'aws',
    () =>
      new AwsComplianceSource({
        accountId: ACCOUNT,
        region: REGION,
        tagKey: 'service',
        timeoutMs: 1000,
        credentials: async () => async () => ({
          accessKeyId: 'AKIDEXAMPLE',
          secretAccessKey: 'secret',
        }),
      }),
  ],
] as Array<[string, () => ComplianceSource]>)(
  '%s source contract',
  (_, make) => {
    let account: ReturnType<typeof fakeAccount> | undefined;
    let posture: CollectedPosture;
    beforeAll(async () => {
      account = fakeAccount({ services: names, now });
      posture = await make().collect(now);
    });
    afterAll(() => account?.restore());

    it('keys every source by the service tag value', () => {
      const keys = [
        ...data(posture.securityhub).services.keys(),
        ...data(posture.config).services.keys(),
        ...data(posture.backup).services.keys(),
      ];
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter(k => !names.includes(k))).toEqual([]);
    });

    it('gives every control an id, a severity, a resource ARN, a status and an AWS remediation page', () => {
      const controls = [
        ...data(posture.securityhub).services.values(),
        ...data(posture.config).services.values(),
      ].flat();
      expect(controls.length).toBeGreaterThan(0);
      for (const c of controls) {
        expect(c).toEqual({
          controlId: expect.any(String),
          title: expect.any(String),
          severity: expect.stringMatching(
            /^(critical|high|medium|low|informational)$/,
          ),
          resourceArn: expect.stringMatching(/^arn:aws:/),
          status: expect.stringMatching(/^(passed|failed)$/),
          remediationUrl: expect.stringMatching(
            /^https:\/\/docs\.aws\.amazon\.com\//,
          ),
        });
      }
    });

    it('dates backups and restore tests in ISO form, restores in minutes', () => {
      const backups = [...data(posture.backup).services.values()];
      expect(backups.length).toBeGreaterThan(0);
      for (const b of backups) {
        expect(b.protectedResources).toBeGreaterThan(0);
        expect(new Date(b.lastBackupAt!).toISOString()).toBe(b.lastBackupAt);
        expect(new Date(b.lastRestoreTestAt!).toISOString()).toBe(
          b.lastRestoreTestAt,
        );
        expect(Number.isInteger(b.restoreMinutes)).toBe(true);
      }
    });

    it('says whether CloudTrail is logging and which standards are enabled', () => {
      expect(data(posture.cloudtrail).account?.cloudTrailLogging).toBe(true);
      expect(data(posture.securityhub).account?.standards).toEqual([
        'AWS Foundational Security Best Practices v1.0.0',
        'CIS AWS Foundations Benchmark v3.0.0',
      ]);
    });
  },
);
