import {
  Deploy,
  EnvironmentStatus,
  HealthStatus,
  SyncStatus,
} from '@runway/plugin-deployments-common';
import { Application } from './schema';

/**
 * The trimmed, JSON-safe view of an ArgoCD Application that we cache: a list call for
 * hundreds of apps stays small in the cache, and matching entities needs only this.
 */
export interface AppRecord {
  instance: string;
  name: string;
  namespace?: string;
  labels: Record<string, string>;
  environment: string;
  sync: SyncStatus;
  health: HealthStatus;
  revision: string;
  imageTag?: string;
  history: Array<{
    id: number;
    revision: string;
    deployedAt: string;
    deployedBy?: string;
  }>;
}

const ENVIRONMENT_LABEL = 'runway.dev/environment';
const KNOWN_ENVIRONMENTS = [
  'prod',
  'production',
  'staging',
  'stage',
  'dev',
  'development',
];
const CANONICAL: Record<string, string> = {
  production: 'prod',
  stage: 'staging',
  development: 'dev',
};
const HEALTH: HealthStatus[] = [
  'Healthy',
  'Progressing',
  'Degraded',
  'Suspended',
  'Missing',
];

/**
 * The environment an app deploys to: an explicit label wins, then a known suffix of the
 * destination namespace or of the app name (`checkout-api-prod`), else the app name.
 */
export function environmentOf(app: Application): string {
  const label = app.metadata.labels?.[ENVIRONMENT_LABEL];
  if (label) return CANONICAL[label] ?? label;
  for (const candidate of [
    app.spec?.destination?.namespace,
    app.metadata.name,
  ]) {
    const suffix = candidate?.split(/[-_.]/).pop();
    if (suffix && KNOWN_ENVIRONMENTS.includes(suffix))
      return CANONICAL[suffix] ?? suffix;
  }
  return app.metadata.name;
}

/**
 * The revision of a sync or history entry. A multi-source app has `revisions` (one per
 * source, in `spec.sources` order) and no `revision`: the first source's stands for the
 * deploy, as ArgoCD's revision metadata reads the first source when asked no `sourceIndex`.
 */
function revisionOf(entry?: {
  revision?: string;
  revisions?: string[] | null;
}): string {
  return entry?.revision || entry?.revisions?.[0] || '';
}

export function toAppRecord(instance: string, app: Application): AppRecord {
  const status = app.status;
  const sync = status?.sync?.status;
  const health = status?.health?.status as HealthStatus | undefined;
  const image = status?.summary?.images?.[0];
  return {
    instance,
    name: app.metadata.name,
    namespace: app.metadata.namespace,
    labels: app.metadata.labels ?? {},
    environment: environmentOf(app),
    sync: sync === 'Synced' || sync === 'OutOfSync' ? sync : 'Unknown',
    health: health && HEALTH.includes(health) ? health : 'Unknown',
    revision: revisionOf(status?.sync),
    ...(image?.includes(':') ? { imageTag: image.split(':').pop() } : {}),
    history: (status?.history ?? []).map(h => {
      const by =
        h.initiatedBy?.username ??
        (h.initiatedBy?.automated ? 'argocd-auto-sync' : undefined);
      return {
        id: h.id,
        revision: revisionOf(h),
        deployedAt: h.deployedAt,
        ...(by ? { deployedBy: by } : {}),
      };
    }),
  };
}

export function toEnvironmentStatus(app: AppRecord): EnvironmentStatus {
  const last = app.history[app.history.length - 1];
  return {
    environment: app.environment,
    app: app.name,
    instance: app.instance,
    revision: app.revision || last?.revision || '',
    ...(app.imageTag ? { imageTag: app.imageTag } : {}),
    sync: app.sync,
    health: app.health,
    ...(last ? { deployedAt: last.deployedAt } : {}),
    ...(last?.deployedBy ? { deployedBy: last.deployedBy } : {}),
  };
}

/**
 * ArgoCD history as deploys. Redeploying a revision that ran before is a rollback, and
 * marks the deploy it replaced as rolled back.
 */
export function toDeploys(app: AppRecord): Deploy[] {
  const sorted = [...app.history].sort((a, b) => a.id - b.id);
  const deploys: Deploy[] = [];
  const seen = new Set<string>();
  for (const entry of sorted) {
    const previous = deploys[deploys.length - 1];
    const isRollback =
      seen.has(entry.revision) && previous?.revision !== entry.revision;
    if (isRollback && previous) previous.rolledBackAt = entry.deployedAt;
    seen.add(entry.revision);
    deploys.push({
      id: entry.id,
      environment: app.environment,
      revision: entry.revision,
      deployedAt: entry.deployedAt,
      ...(entry.deployedBy ? { deployedBy: entry.deployedBy } : {}),
      kind: isRollback ? 'rollback' : 'deploy',
    });
  }
  return deploys;
}
