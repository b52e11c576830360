import { Sourced } from '@runway/runway-common';

/** @public */
export const DEPLOY_ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** The CI stages every Runway pipeline is mapped onto, in order. @public */
export const CI_STAGES = [
  'quality',
  'test',
  'security',
  'build',
  'deploy',
  'verify',
] as const;
/** @public */
export type CiStageName = (typeof CI_STAGES)[number];

/** @public */
export type SyncStatus = 'Synced' | 'OutOfSync' | 'Unknown';
/** ArgoCD's health vocabulary. @public */
export type HealthStatus =
  | 'Healthy'
  | 'Progressing'
  | 'Degraded'
  | 'Suspended'
  | 'Missing'
  | 'Unknown';

/** What runs in one environment right now. @public */
export interface EnvironmentStatus {
  environment: string;
  /** ArgoCD application name and the instance that serves it. */
  app: string;
  instance: string;
  revision: string;
  imageTag?: string;
  sync: SyncStatus;
  health: HealthStatus;
  deployedAt?: string;
  deployedBy?: string;
}

/** One entry of an environment's deploy history. @public */
export interface Deploy {
  /** ArgoCD history id (per application); used to roll back to it. */
  id: number;
  environment: string;
  revision: string;
  imageTag?: string;
  deployedAt: string;
  deployedBy?: string;
  /** When the deployed commit was made; feeds lead time. */
  commitAt?: string;
  /** `rollback` redeploys an earlier revision. */
  kind: 'deploy' | 'rollback';
  /** Set when this deploy was later rolled back. */
  rolledBackAt?: string;
}

/** A progressive rollout under way. @public */
export interface Rollout {
  environment: string;
  app: string;
  strategy: 'canary' | 'blueGreen';
  phase: string;
  /** Canary: current step (1-based) of `totalSteps`, and traffic weight in percent. */
  step?: number;
  totalSteps?: number;
  weight?: number;
  /** Blue-green: pod template hashes behind the active and the preview service. */
  activeHash?: string;
  previewHash?: string;
}

/** @public */
export type CiStatus =
  | 'success'
  | 'failure'
  | 'running'
  | 'skipped'
  | 'pending';

/** @public */
export interface CiStage {
  stage: CiStageName;
  status: CiStatus;
  durationSeconds?: number;
}

/** @public */
export interface CiRun {
  id: number;
  url?: string;
  commit: string;
  branch: string;
  status: CiStatus;
  startedAt: string;
  stages: CiStage[];
}

/** DORA's four keys over a window. Null where there is nothing to measure. @public */
export interface DoraMetrics {
  windowDays: number;
  prodDeploys: number;
  deploysPerDay: number;
  /** Median hours from commit to running in prod. */
  leadTimeHours: number | null;
  /** Share (0..1) of prod deploys followed by a rollback or a paging alert. */
  changeFailureRate: number | null;
  /** Median hours from a failure to its restore (see `computedFrom.timeToRestore`). */
  timeToRestoreHours: number | null;
  /** The same median in minutes, for the scorecard. */
  timeToRestoreMinutes: number | null;
  /** Median minutes from a failed prod deploy to its rollback's sync finishing. */
  rollbackMinutes: number | null;
  /** What each figure was computed from, so the UI can say it. */
  computedFrom: DoraComputedFrom;
}

/**
 * Where a DORA figure came from: PagerDuty incidents (triggered → resolved), Prometheus
 * paging alerts (the fallback when no incident data is available), or deploy history only.
 *
 * @public
 */
export type DoraBasis = 'incidents' | 'alerts' | 'deploys' | 'none';

/** @public */
export interface DoraComputedFrom {
  changeFailureRate: DoraBasis;
  timeToRestore: DoraBasis;
  rollbackTime: DoraBasis;
  /** Whether flag changes were counted as changes for the change failure rate. */
  flagChanges: boolean;
  /** Human sentence: the inputs, the window, and why a fallback was used. */
  note: string;
}

/** A per-upstream failure that did not stop the rest of the page. @public */
export interface PartialError {
  upstream: string;
  message: string;
}

/** Everything the Deployments tab draws for one service. @public */
export interface DeploymentsOverview {
  entityRef: string;
  environments: EnvironmentStatus[];
  rollouts: Rollout[];
  history: Deploy[];
  latestRun?: CiRun;
  dora: DoraMetrics;
  errors: PartialError[];
}

/** One service's line in a batch: what the card and the scorecard need. @public */
export interface DeploymentSummary {
  entityRef: string;
  prod?: EnvironmentStatus;
  lastDeploy?: Deploy;
  dora: DoraMetrics;
  /** Why this entity has no data (no annotation, no app found...). */
  error?: string;
}

/** @public */
export type DeploymentsOverviewResponse = Sourced<DeploymentsOverview>;
/** @public */
export type DeployHistoryResponse = Sourced<{
  entityRef: string;
  history: Deploy[];
}>;
/** @public */
export type DeploymentsBatchResponse = Sourced<{
  items: DeploymentSummary[];
  /** Team-level DORA over every entity in the batch. */
  dora: DoraMetrics;
  errors: PartialError[];
}>;

/** @public */
export interface SyncRequest {
  entityRef: string;
  environment: string;
  /** Rollback only: the ArgoCD history id to return to. */
  historyId?: number;
}

/** @public */
export interface SyncResult {
  app: string;
  instance: string;
  message: string;
}
