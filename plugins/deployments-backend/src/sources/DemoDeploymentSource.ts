import { NotFoundError } from '@backstage/errors';
import {
  createDemoDeployments,
  DemoDeployments,
  DemoWorld,
  DemoWorldConfig,
  demoWorldFromConfig,
} from '@runway/demo-node';
import {
  CiRun,
  Deploy,
  EnvironmentStatus,
  SyncResult,
} from '@runway/plugin-deployments-common';
import { DEMO_SOURCE_NAME, SourceInfo } from '@runway/runway-common';
import {
  DeploymentSource,
  DeployTarget,
  DetailResult,
  EntityDeployments,
  ListResult,
} from './types';

/** The newest deploy of `history` (oldest first) to `environment`. */
function lastIn(history: Deploy[], environment: string): Deploy | undefined {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i].environment === environment) return history[i];
  return undefined;
}

/**
 * Deployments of the demo world (`demoWorldFromConfig`, one per hour); each service's 90
 * days are generated on first use and kept while the world stays the same.
 */
export class DemoDeploymentSource implements DeploymentSource {
  private world?: DemoWorld;
  private names = new Set<string>();
  private readonly perService = new Map<string, DemoDeployments>();

  constructor(
    private readonly config: DemoWorldConfig,
    private readonly clock: () => number = Date.now,
  ) {}

  async list(
    targets: DeployTarget[] | Promise<DeployTarget[]>,
  ): Promise<ListResult> {
    const byEntity = new Map<string, EntityDeployments>();
    for (const target of await targets) {
      const demo = this.demoFor(target);
      if (!demo) continue;
      // The deploys are frozen where they are made (demoFor): shared, not copied.
      const history: Deploy[] = demo.deploys.slice();
      const environments: EnvironmentStatus[] = (
        ['dev', 'staging', 'prod'] as const
      ).flatMap(env => {
        const last = lastIn(history, env);
        return last
          ? [
              {
                environment: env,
                app: `${demo.service}-${env}`,
                instance: DEMO_SOURCE_NAME,
                revision: last.revision,
                imageTag: last.imageTag,
                sync: 'Synced' as const,
                health: demo.health[env],
                deployedAt: last.deployedAt,
                deployedBy: last.deployedBy,
              },
            ]
          : [];
      });
      byEntity.set(target.entityRef, { environments, history });
    }
    return { source: this.source(), byEntity, errors: [] };
  }

  async details(
    target: DeployTarget,
    current: EntityDeployments,
  ): Promise<DetailResult> {
    const demo = this.demoFor(target);
    const commitTimes = Object.fromEntries(
      current.history
        .filter(d => d.commitAt)
        .map(d => [d.revision, d.commitAt!]),
    );
    const canary = demo?.canary;
    return {
      rollouts: canary
        ? [
            {
              app: `${demo!.service}-${canary.environment}`,
              strategy: 'canary',
              phase: 'Paused',
              ...canary,
            },
          ]
        : [],
      commitTimes,
      errors: [],
    };
  }

  async latestRun(target: DeployTarget): Promise<CiRun | undefined> {
    const runs = this.demoFor(target)?.ciRuns ?? [];
    return runs[runs.length - 1];
  }

  async pageAlertTimes(
    targets: DeployTarget[],
  ): Promise<Map<string, string[]>> {
    const { story } = this.currentWorld();
    const byTarget = new Map<string, string[]>();
    for (const target of targets) {
      const demo = this.demoFor(target);
      if (!demo) continue;
      const times = story.firingAlerts
        .filter(a => a.service === demo.service && a.severity === 'page')
        .map(a => a.since);
      if (story.failedCanary.service === demo.service) {
        times.push(story.failedCanary.pagedAt);
      }
      if (times.length) byTarget.set(target.entityRef, times);
    }
    return byTarget;
  }

  async sync(target: DeployTarget, environment: string): Promise<SyncResult> {
    const demo = this.require(target);
    return {
      app: `${demo.service}-${environment}`,
      instance: DEMO_SOURCE_NAME,
      message: 'Demo data: nothing was synced',
    };
  }

  async rollback(
    target: DeployTarget,
    environment: string,
    historyId: number,
  ): Promise<SyncResult> {
    const demo = this.require(target);
    const entry = demo.deploys.find(
      d => d.environment === environment && d.id === historyId,
    );
    if (!entry)
      throw new NotFoundError(
        `${demo.service}-${environment} has no history entry ${historyId}`,
      );
    return {
      app: `${demo.service}-${environment}`,
      instance: DEMO_SOURCE_NAME,
      message: 'Demo data: nothing was rolled back',
    };
  }

  private require(target: DeployTarget): DemoDeployments {
    const demo = this.demoFor(target);
    if (!demo)
      throw new NotFoundError(`No demo deployments for ${target.entityRef}`);
    return demo;
  }

  /** Demo services are found the way ArgoCD would: by the selector's name label. */
  private demoFor(target: DeployTarget): DemoDeployments | undefined {
    const world = this.currentWorld();
    const name =
      target.appName ??
      target.selector
        ?.split(',')
        .map(t => t.trim().split('='))
        .find(([k]) => k === 'app.kubernetes.io/name')?.[1];
    if (!name || !this.names.has(name)) return undefined;
    let demo = this.perService.get(name);
    if (!demo) {
      demo = createDemoDeployments(world, name);
      // Served to every request of the hour: frozen, so no caller can change it for the next.
      demo.deploys.forEach(d => Object.freeze(d));
      this.perService.set(name, demo);
    }
    return demo;
  }

  private currentWorld(): DemoWorld {
    const world = demoWorldFromConfig(this.config, new Date(this.clock()));
    if (world !== this.world) {
      this.world = world;
      this.names = new Set(world.services.map(s => s.name));
      this.perService.clear();
    }
    return world;
  }

  private source(): SourceInfo {
    return {
      kind: 'demo',
      name: DEMO_SOURCE_NAME,
      stale: false,
      fetchedAt: this.currentWorld().now,
    };
  }
}
