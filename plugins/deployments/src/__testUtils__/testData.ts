import { Entity } from '@backstage/catalog-model';
import { DeploymentsOverviewResponse } from '@runway/plugin-deployments-common';
import { DeploymentsApi } from '@runway/plugin-deployments-react';

export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-api',
    namespace: 'default',
    annotations: {
      'argocd/app-selector': 'app.kubernetes.io/name=checkout-api',
    },
  },
  spec: { type: 'service', owner: 'team-checkout' },
};

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600_000).toISOString();
const REV_A = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';
const REV_B = 'b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1';

export function overview(
  overrides: Partial<DeploymentsOverviewResponse['data']> = {},
  stale = false,
): DeploymentsOverviewResponse {
  return {
    source: {
      kind: 'demo',
      name: 'demo',
      stale,
      fetchedAt: hoursAgo(1),
      ...(stale ? { error: 'ArgoCD main did not answer' } : {}),
    },
    data: {
      entityRef: 'component:default/checkout-api',
      environments: ['dev', 'staging', 'prod'].map(environment => ({
        environment,
        app: `checkout-api-${environment}`,
        instance: 'main',
        revision: environment === 'prod' ? REV_A : REV_B,
        imageTag: environment === 'prod' ? 'v1.4.0' : 'v1.5.0',
        sync: 'Synced' as const,
        health:
          environment === 'prod'
            ? ('Progressing' as const)
            : ('Healthy' as const),
        deployedAt: hoursAgo(3),
        deployedBy: 'alice',
      })),
      rollouts: [
        {
          environment: 'prod',
          app: 'checkout-api-prod',
          strategy: 'canary',
          phase: 'Paused',
          step: 2,
          totalSteps: 4,
          weight: 25,
        },
      ],
      history: [
        {
          id: 1,
          environment: 'prod',
          revision: REV_B,
          imageTag: 'v1.3.0',
          deployedAt: hoursAgo(50),
          kind: 'deploy',
          deployedBy: 'bruno',
        },
        {
          id: 2,
          environment: 'prod',
          revision: REV_A,
          imageTag: 'v1.4.0',
          deployedAt: hoursAgo(3),
          kind: 'deploy',
          deployedBy: 'alice',
        },
      ],
      latestRun: {
        id: 412,
        commit: 'c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2',
        branch: 'main',
        status: 'failure',
        startedAt: hoursAgo(4),
        stages: [
          { stage: 'quality', status: 'success', durationSeconds: 60 },
          { stage: 'test', status: 'failure', durationSeconds: 200 },
          { stage: 'security', status: 'skipped' },
          { stage: 'build', status: 'skipped' },
          { stage: 'deploy', status: 'skipped' },
          { stage: 'verify', status: 'skipped' },
        ],
      },
      dora: {
        windowDays: 30,
        prodDeploys: 12,
        deploysPerDay: 0.4,
        leadTimeHours: 7,
        changeFailureRate: 1 / 12,
        timeToRestoreHours: 0.5,
        timeToRestoreMinutes: 30,
        rollbackMinutes: 35,
        computedFrom: {
          changeFailureRate: 'incidents',
          timeToRestore: 'incidents',
          rollbackTime: 'deploys',
          flagChanges: true,
          note: 'Last 30 days. Time to restore: PagerDuty incidents, triggered to resolved.',
        },
      },
      errors: [],
      ...overrides,
    },
  };
}

export function fakeApi(partial: Partial<DeploymentsApi> = {}): DeploymentsApi {
  return {
    getOverview: jest.fn(async () => overview()),
    getDeployHistory: jest.fn(async () => ({
      source: overview().source,
      data: { entityRef: '', history: overview().data.history },
    })),
    getSummaries: jest.fn(),
    sync: jest.fn(async () => ({
      app: 'checkout-api-prod',
      instance: 'main',
      message: 'Sync of checkout-api-prod started',
    })),
    rollback: jest.fn(async () => ({
      app: 'checkout-api-prod',
      instance: 'main',
      message: 'Rollback started',
    })),
    ...partial,
  };
}
