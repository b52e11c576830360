import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import {
  CiRun,
  DEPLOY_ENVIRONMENTS,
  PartialError,
  Rollout,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { CachedResult, StaleCache, UpstreamError } from '@runway/runway-node';
import { JsonValue } from '@backstage/types';
import { ArgoCdClient } from './argocd/ArgoCdClient';
import { AppLists, InstanceApps } from './argocd/AppLists';
import { LookupCache } from './LookupCache';
import { AppRecord, toDeploys, toEnvironmentStatus } from './argocd/appRecord';
import { GithubActionsClient } from './github/GithubActionsClient';
import {
  DeploymentSource,
  DeployTarget,
  DetailResult,
  EntityDeployments,
  ListResult,
} from './types';

/** Revision metadata calls per page view; older deploys go without a lead time. */
export const MAX_REVISION_LOOKUPS = 10;
/** A git commit, full or short: what ArgoCD's revision metadata can read. */
const COMMIT_SHA = /^[0-9a-f]{7,40}$/i;

const envOrder = (env: string) => {
  const i = (DEPLOY_ENVIRONMENTS as readonly string[]).indexOf(env);
  return i < 0 ? 99 : i;
};

export interface LiveDeploymentSourceOptions {
  /** The `cache` StaleCache's freshness: how long an in-memory app index is served. */
  freshForMs: number;
  /** How long a failed (non-404) lookup is answered from memory. */
  failedLookupMs?: number;
  now?: () => number;
}

/**
 * ArgoCD (any number of instances) plus GitHub Actions. The app list of each instance is
 * one cached call shared by every entity, indexed once per fetch (see `AppLists`);
 * per-entity calls happen only in `details`.
 */
export class LiveDeploymentSource implements DeploymentSource {
  private readonly lists: AppLists;
  private readonly lookups: LookupCache;

  constructor(
    private readonly argocd: ArgoCdClient[],
    private readonly github: GithubActionsClient,
    private readonly cache: StaleCache,
    private readonly immutableCache: StaleCache,
    options: LiveDeploymentSourceOptions,
  ) {
    const now = options.now ?? Date.now;
    this.lists = new AppLists(cache, options.freshForMs, now);
    this.lookups = new LookupCache(now, options.failedLookupMs);
  }

  async list(
    targets: DeployTarget[] | Promise<DeployTarget[]>,
  ): Promise<ListResult> {
    const loading = this.loadAll();
    loading.catch(() => undefined); // the targets' failure, if first, is the answer
    const wanted = await targets;
    const loaded = await loading;
    const byEntity = new Map<string, EntityDeployments>();
    for (const target of wanted) {
      const apps = this.match(target, loaded.instances);
      if (apps.length === 0) continue;
      byEntity.set(target.entityRef, {
        environments: apps
          .map(toEnvironmentStatus)
          .sort((a, b) => envOrder(a.environment) - envOrder(b.environment)),
        history: apps
          .flatMap(toDeploys)
          .sort((a, b) => a.deployedAt.localeCompare(b.deployedAt)),
      });
    }
    return { source: loaded.source, byEntity, errors: loaded.errors };
  }

  async details(
    target: DeployTarget,
    current: EntityDeployments,
  ): Promise<DetailResult> {
    const apps = this.match(target, (await this.loadAll()).instances);
    const errors: PartialError[] = [];
    const rollouts: Rollout[] = [];
    // A rollout paused at a canary step or waiting for blue-green promotion makes its app
    // Progressing or Suspended; a Healthy app has nothing in flight, so no tree is read.
    const moving = apps.filter(app => app.health !== 'Healthy');
    await Promise.all(
      moving.map(async app => {
        const client = this.client(app.instance);
        try {
          const value = await this.lookups.get(
            this.cache,
            `argocd:${app.instance}:${app.name}:rollout`,
            async () => ({
              rollout: (await client.rollout(app)) ?? null,
            }),
          );
          if (value.rollout) rollouts.push(value.rollout);
        } catch (e) {
          errors.push({
            upstream: client.upstream,
            message: (e as Error).message,
          });
        }
      }),
    );
    const commitTimes: Record<string, string> = {};
    const recent = [
      ...new Set(
        current.history
          // Only a commit has a commit time: ArgoCD answers a chart version with an error.
          .filter(
            d =>
              d.environment === 'prod' &&
              d.kind === 'deploy' &&
              COMMIT_SHA.test(d.revision),
          )
          .map(d => d.revision),
      ),
    ].slice(-MAX_REVISION_LOOKUPS);
    // Deploys do not record which app made them; revisions are read from the prod app.
    const prodApp = apps.find(a => a.environment === 'prod');
    await Promise.all(
      recent.map(async revision => {
        const app = prodApp;
        if (!app) return;
        const client = this.client(app.instance);
        try {
          const value = await this.lookups.get(
            this.immutableCache,
            `argocd:${app.instance}:${app.name}:rev:${revision}`,
            async () => {
              try {
                return {
                  date: (await client.commitTime(app, revision)) ?? null,
                };
              } catch (e) {
                // An unknown revision (force-pushed away, other repo) stays unknown: cached
                // like a found one, so each view does not ask again.
                if (e instanceof UpstreamError && e.upstreamStatus === 404) {
                  return { date: null };
                }
                throw e;
              }
            },
          );
          if (value.date) commitTimes[revision] = value.date;
        } catch (e) {
          errors.push({
            upstream: client.upstream,
            message: (e as Error).message,
          });
        }
      }),
    );
    rollouts.sort((a, b) => envOrder(a.environment) - envOrder(b.environment));
    return { rollouts, commitTimes, errors: dedupe(errors) };
  }

  async latestRun(target: DeployTarget): Promise<CiRun | undefined> {
    const slug = target.projectSlug;
    if (!slug) return undefined;
    const { value } = await this.cached(
      this.cache,
      `github:${slug}:latest-run`,
      async () => ({
        run: (await this.github.latestRun(slug)) ?? null,
      }),
    );
    return value.run ?? undefined;
  }

  async pageAlertTimes(): Promise<Map<string, string[]>> {
    // Paging alerts live in Prometheus (the SLO family); live CFR counts rollbacks only.
    return new Map();
  }

  async sync(target: DeployTarget, environment: string): Promise<SyncResult> {
    const app = await this.appFor(target, environment);
    await this.client(app.instance).sync(app);
    return {
      app: app.name,
      instance: app.instance,
      message: `Sync of ${app.name} started`,
    };
  }

  async rollback(
    target: DeployTarget,
    environment: string,
    historyId: number,
  ): Promise<SyncResult> {
    const app = await this.appFor(target, environment);
    const entry = app.history.find(h => h.id === historyId);
    // A well-formed request for an id the app does not have: not found, as in demo mode.
    if (!entry)
      throw new NotFoundError(`${app.name} has no history entry ${historyId}`);
    await this.client(app.instance).rollback(app, historyId);
    return {
      app: app.name,
      instance: app.instance,
      message: `Rollback of ${app.name} to ${entry.revision.slice(
        0,
        7,
      )} started`,
    };
  }

  private async appFor(
    target: DeployTarget,
    environment: string,
  ): Promise<AppRecord> {
    const app = this.match(target, (await this.loadAll()).instances).find(
      a => a.environment === environment,
    );
    if (!app)
      throw new NotFoundError(
        `No ArgoCD application for ${target.entityRef} in ${environment}`,
      );
    return app;
  }

  private client(instance: string): ArgoCdClient {
    return this.argocd.find(c => c.instance.name === instance)!;
  }

  private match(target: DeployTarget, instances: InstanceApps[]): AppRecord[] {
    return instances
      .filter(i => !target.instance || i.index.instance === target.instance)
      .flatMap(i => i.index.match(target));
  }

  /** One cached list call per instance; an instance that fails costs only its own apps. */
  private async loadAll() {
    const results = await Promise.all(
      this.argocd.map(async client => {
        try {
          return { client, result: await this.lists.load(client) };
        } catch (e) {
          return { client, error: (e as Error).message };
        }
      }),
    );
    const ok = results.filter(r => r.result) as Array<{
      client: ArgoCdClient;
      result: InstanceApps;
    }>;
    const errors: PartialError[] = results
      .filter(r => r.error)
      .map(r => ({ upstream: r.client.upstream, message: r.error! }));
    if (ok.length === 0) {
      throw new ServiceUnavailableError(errors.map(e => e.message).join('; '));
    }
    const staleOnes = ok.filter(r => r.result.stale);
    return {
      instances: ok.map(r => r.result),
      errors,
      source: {
        kind: 'live' as const,
        name: `argocd:${ok.map(r => r.client.instance.name).join(',')}`,
        stale: staleOnes.length > 0,
        fetchedAt: ok.map(r => r.result.fetchedAt).sort()[0],
        ...(staleOnes.length
          ? {
              error: staleOnes
                .map(r => `${r.client.upstream}: ${r.result.error}`)
                .join('; '),
            }
          : {}),
      },
    };
  }

  /** StaleCache stores JSON; our records are plain JSON data behind TypeScript interfaces. */
  private cached<T>(
    cache: StaleCache,
    key: string,
    fetcher: () => Promise<T>,
  ): Promise<CachedResult<T>> {
    return cache.get(
      key,
      fetcher as unknown as () => Promise<JsonValue>,
    ) as unknown as Promise<CachedResult<T>>;
  }
}

function dedupe(errors: PartialError[]): PartialError[] {
  const seen = new Set<string>();
  return errors.filter(
    e =>
      !seen.has(`${e.upstream}|${e.message}`) &&
      !!seen.add(`${e.upstream}|${e.message}`),
  );
}
