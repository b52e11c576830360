import {
  CiRun,
  Deploy,
  EnvironmentStatus,
  PartialError,
  Rollout,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { SourceInfo } from '@runway/runway-common';

/** How a catalog entity points at its deployments, read from its annotations. */
export interface DeployTarget {
  entityRef: string;
  /** `argocd/app-selector`, e.g. `app.kubernetes.io/name=checkout-api`. */
  selector?: string;
  /** `argocd/app-name`. */
  appName?: string;
  /** `argocd/app-namespace`: with `appName`, for apps outside ArgoCD's own namespace. */
  appNamespace?: string;
  /** `argocd/instance-name`: limits the search to one ArgoCD instance. */
  instance?: string;
  /** `github.com/project-slug`. */
  projectSlug?: string;
}

/** What the cheap, shared list call tells about one entity. */
export interface EntityDeployments {
  environments: EnvironmentStatus[];
  /** Every environment's history, oldest first. */
  history: Deploy[];
}

export interface ListResult {
  source: SourceInfo;
  /** Keyed by entityRef; absent when no application matched. */
  byEntity: Map<string, EntityDeployments>;
  /** Per-upstream failures (one ArgoCD instance down) that left the rest usable. */
  errors: PartialError[];
}

export interface DetailResult {
  rollouts: Rollout[];
  /** Commit times by revision, for lead time; capped to the newest prod deploys. */
  commitTimes: Record<string, string>;
  errors: PartialError[];
}

/**
 * Where deployments come from: ArgoCD + GitHub Actions (live) or the demo world.
 * `list` must cost a bounded number of upstream calls whatever the number of targets.
 */
export interface DeploymentSource {
  /**
   * Targets may still be on their way (the caller's catalog read): what every answer needs
   * (the ArgoCD app lists) is read meanwhile, not after.
   */
  list(targets: DeployTarget[] | Promise<DeployTarget[]>): Promise<ListResult>;
  /** Expensive per-entity reads (resource tree, revision metadata): the viewed entity only. */
  details(
    target: DeployTarget,
    current: EntityDeployments,
  ): Promise<DetailResult>;
  latestRun(target: DeployTarget): Promise<CiRun | undefined>;
  /**
   * Times of paging alerts, by entityRef, for change failure rate. One call for all
   * targets, so a batch of 500 services costs one read, not 500.
   */
  pageAlertTimes(targets: DeployTarget[]): Promise<Map<string, string[]>>;
  sync(target: DeployTarget, environment: string): Promise<SyncResult>;
  rollback(
    target: DeployTarget,
    environment: string,
    historyId: number,
  ): Promise<SyncResult>;
}
