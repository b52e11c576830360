import type { BatchCostResponse } from '@runway/plugin-cost-common';
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
