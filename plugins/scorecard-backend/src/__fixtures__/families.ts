import type { ComplianceSummariesResponse } from '@runway/plugin-compliance-common';
import type { BatchCostResponse } from '@runway/plugin-cost-common';
import type { FlagsSummariesResponse } from '@runway/plugin-flags-common';
import type { QualitySummariesResponse } from '@runway/plugin-quality-common';
import type { DeploymentsBatchResponse } from '@runway/plugin-deployments-common';
import type { SecuritySummariesResponse } from '@runway/plugin-security-common';
import type { SloBatchResponse, SloReport } from '@runway/plugin-slo-common';

// Batch answers shaped exactly as the families' -common types declare them.

const source = {
  kind: 'demo' as const,
  name: 'demo',
  stale: false,
  fetchedAt: '2026-01-01T00:00:00.000Z',
};

const dora = (
  deploysPerDay: number,
  cfr: number | null,
  restoreHours: number | null,
) => ({
  windowDays: 30,
  prodDeploys: Math.round(deploysPerDay * 30),
  deploysPerDay,
  leadTimeHours: 6,
  changeFailureRate: cfr,
  timeToRestoreHours: restoreHours,
  timeToRestoreMinutes: restoreHours === null ? null : restoreHours * 60,
  rollbackMinutes: null,
  computedFrom: {
    changeFailureRate: 'deploys' as const,
    timeToRestore: 'alerts' as const,
    rollbackTime: 'none' as const,
    flagChanges: false,
    note: 'from deploy history and paging alerts over 30 days',
  },
});

export function deploymentsBatch(refs: string[]): DeploymentsBatchResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) => ({
        entityRef,
        // The first service had its last deploy rolled back after 12 minutes.
        lastDeploy: {
          id: 7,
          environment: 'prod',
          revision: 'abc123',
          deployedAt: '2026-01-01T10:00:00.000Z',
          kind: 'deploy' as const,
          ...(i === 0 ? { rolledBackAt: '2026-01-01T10:12:00.000Z' } : {}),
        },
        dora: i === 0 ? dora(0.5, 0.25, 1) : dora(2, 0.05, 0.25),
      })),
      dora: dora(2, 0.1, 0.5),
      errors: [],
    },
  };
}

const slo = (
  name: string,
  description: string,
  sli: number,
  remaining: number,
): SloReport => ({
  service: 'svc',
  name,
  description,
  objective: 99.9,
  windowDays: 30,
  sli,
  budget: { total: 0.001, consumed: 1 - remaining, remaining },
  burnRates: {
    '5m': 1,
    '30m': 1,
    '1h': 1,
    '2h': 1,
    '6h': 1,
    '1d': 0.5,
    '3d': 1,
  },
  status: 'ok',
  alerts: [],
  via: 'demo',
});

export function sloBatch(refs: string[]): SloBatchResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) => ({
        entityRef,
        slos:
          i === 0
            ? [
                slo(
                  'requests-availability',
                  'Requests served without error.',
                  0.9975,
                  -0.5,
                ),
                slo(
                  'requests-latency',
                  'Requests answered within 300 ms.',
                  0.9,
                  0.4,
                ),
              ]
            : [
                slo(
                  'requests-availability',
                  'Requests served without error.',
                  0.9995,
                  0.6,
                ),
                slo(
                  'requests-latency',
                  'Requests answered within 80 ms.',
                  0.99,
                  0.8,
                ),
              ],
      })),
    },
  };
}

export function securityBatch(refs: string[]): SecuritySummariesResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) => ({
        entityRef,
        open: {
          critical: i === 0 ? 1 : 0,
          high: 0,
          medium: 2,
          low: 3,
          unknown: 0,
        },
        bySource: { container: 5, dependency: 0, sast: 0, dast: 0, iac: 0 },
        gate: { passed: i !== 0, maxCritical: 0 },
        riskScore: i === 0 ? 111 : 11,
      })),
    },
  };
}

export function costBatch(refs: string[]): BatchCostResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) => ({
        entityRef,
        status: 'ok' as const,
        summary: {
          entityRef,
          tagValue: entityRef.split('/')[1],
          monthToDate: i === 0 ? 1500 : 400,
          lastMonthToDate: i === 0 ? 1000 : 400,
          lastMonth: 1200,
          changeRatio: i === 0 ? 0.5 : 0,
          forecast: i === 0 ? 3000 : 800,
          costPer1kRequests: i === 0 ? 25 : 2,
        },
      })),
    },
  };
}

const measured = { state: 'ok' as const, at: '2026-01-01T00:00:00.000Z' };
const never = { state: 'never' as const };
const provenance = {
  measuredAt: '2026-01-01T00:00:00.000Z',
  reportId: 'r1',
  commit: 'abc123',
};

/** The first service is under its coverage and slow under load; the third never reported. */
export function qualityBatch(refs: string[]): QualitySummariesResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) =>
        i === 2
          ? {
              entityRef,
              coverage: null,
              mutation: null,
              phpstan: null,
              psalm: null,
              loadTest: null,
              state: never,
            }
          : {
              entityRef,
              coverage: {
                ...provenance,
                linePct: i === 0 ? 75 : 93,
                coveredLines: i === 0 ? 750 : 930,
                totalLines: 1000,
              },
              mutation: null,
              phpstan: null,
              psalm: null,
              loadTest: {
                ...provenance,
                p95Ms: i === 0 ? 420 : 80,
                errorRate: 0.001,
                rps: 50,
                sloThresholdMs: 300,
                withinSlo: i !== 0,
              },
              state: measured,
            },
      ),
    },
  };
}

/** The first service fails a critical control and has had no backup in 3 days. */
export function complianceBatch(refs: string[]): ComplianceSummariesResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) =>
        i === 2
          ? {
              entityRef,
              score: null,
              passedControls: 0,
              applicableControls: 0,
              failing: [],
              backup: null,
              cloudTrailLogging: null,
              state: never,
            }
          : {
              entityRef,
              score: i === 0 ? 0.8 : 1,
              passedControls: i === 0 ? 16 : 20,
              applicableControls: 20,
              failing:
                i === 0
                  ? [
                      {
                        origin: 'securityhub' as const,
                        controlId: 'S3.5',
                        title: 'S3 buckets should require SSL',
                        severity: 'medium' as const,
                        resourceArn: 'arn:aws:s3:::checkout-assets',
                      },
                      {
                        origin: 'securityhub' as const,
                        controlId: 'RDS.11',
                        title:
                          'RDS instances should have automatic backups enabled',
                        severity: 'critical' as const,
                        resourceArn:
                          'arn:aws:rds:eu-west-1:123456789012:db:checkout',
                        remediationUrl:
                          'https://docs.aws.amazon.com/console/securityhub/RDS.11/remediation',
                      },
                    ]
                  : [],
              backup: {
                protectedResources: 1,
                lastBackupAt: '2026-01-01T00:00:00.000Z',
                rpoMinutes: i === 0 ? 3 * 24 * 60 : 10,
                rpoTargetMinutes: 15,
                lastRestoreTestAt: null,
                restoreMinutes: null,
                rtoTargetMinutes: 60,
              },
              cloudTrailLogging: true,
              state: measured,
            },
      ),
    },
  };
}

/** The first service left two stale flags; the third has no Unleash project. */
export function flagsBatch(refs: string[]): FlagsSummariesResponse {
  return {
    source,
    data: {
      items: refs.map((entityRef, i) =>
        i === 2
          ? {
              entityRef,
              project: null,
              total: null,
              stale: null,
              lastChangedAt: null,
              state: never,
            }
          : {
              entityRef,
              project: 'shop',
              total: 5,
              stale: i === 0 ? 2 : 0,
              lastChangedAt: '2026-01-01T00:00:00.000Z',
              state: measured,
            },
      ),
    },
  };
}
