import {
  ComplianceEntityResponse,
  ComplianceServiceDetail,
  TeamComplianceResponse,
} from '@runway/plugin-compliance-common';
import { SourceInfo } from '@runway/runway-common';

export const demoSource: SourceInfo = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-12-02T05:00:00.000Z',
};

const ok = { state: 'ok' as const, at: '2026-12-02T05:00:00.000Z' };

export const catalogApi: ComplianceServiceDetail = {
  entityRef: 'component:default/catalog-api',
  score: 0.9,
  passedControls: 9,
  applicableControls: 10,
  failing: [
    {
      origin: 'securityhub',
      controlId: 'RDS.3',
      title: 'RDS DB instances should have encryption at-rest enabled',
      severity: 'medium',
      resourceArn: 'arn:aws:rds:eu-west-1:123456789012:db:catalog-api-db',
      remediationUrl:
        'https://docs.aws.amazon.com/console/securityhub/RDS.3/remediation',
    },
  ],
  backup: {
    protectedResources: 1,
    lastBackupAt: '2026-11-29T03:00:00.000Z',
    rpoMinutes: 4440,
    rpoTargetMinutes: 15,
    lastRestoreTestAt: '2026-11-28T10:00:00.000Z',
    restoreMinutes: 38,
    rtoTargetMinutes: 60,
  },
  cloudTrailLogging: true,
  state: { ...ok, lastSuccessAt: ok.at },
  sources: { securityhub: ok, config: ok, backup: ok, cloudtrail: ok },
  standards: ['aws-foundational-security-best-practices v1.0.0'],
};

export const entityResponse: ComplianceEntityResponse = {
  source: demoSource,
  data: catalogApi,
};

/** Security Hub failed this hour: its previous answer is served, stale. */
export const failedResponse: ComplianceEntityResponse = {
  source: {
    ...demoSource,
    kind: 'live',
    name: 'aws:123456789012',
    stale: true,
    error: 'securityhub failed at 2026-12-02T05:00:00.000Z (throttled)',
  },
  data: {
    ...catalogApi,
    state: {
      state: 'failed',
      at: '2026-12-02T05:00:00.000Z',
      error:
        'securityhub: Security Hub GetFindings was throttled by AWS (ThrottlingException)',
    },
    sources: {
      ...catalogApi.sources,
      securityhub: {
        state: 'failed',
        at: '2026-12-02T05:00:00.000Z',
        error:
          'Security Hub GetFindings was throttled by AWS (ThrottlingException)',
      },
    },
  },
};

export const teamResponse: TeamComplianceResponse = {
  source: demoSource,
  data: {
    teamRef: 'group:default/team-catalog',
    score: 0.95,
    passedControls: 19,
    applicableControls: 20,
    rpoBreaches: 0,
    rtoBreaches: 0,
    services: [
      { ...catalogApi, backup: { ...catalogApi.backup!, rpoMinutes: 5 } },
      {
        entityRef: 'component:default/search-api',
        score: null,
        passedControls: 0,
        applicableControls: 0,
        failing: [],
        backup: null,
        cloudTrailLogging: null,
        state: { state: 'never' },
      },
    ],
    hidden: 1,
  },
};
