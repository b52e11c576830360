import { memoForWorld } from './memo';
import { randomFor, Random } from './random';
import { DemoWorld, ENVIRONMENTS, Environment } from './world';

/** One ArgoCD deploy in the demo world (shaped like the deployments family's `Deploy`). @public */
export interface DemoDeploy {
  id: number;
  environment: Environment;
  revision: string;
  imageTag: string;
  deployedAt: string;
  deployedBy: string;
  commitAt: string;
  kind: 'deploy' | 'rollback';
  rolledBackAt?: string;
}

/** @public */
export type DemoCiStageName =
  | 'quality'
  | 'test'
  | 'security'
  | 'build'
  | 'deploy'
  | 'verify';

/** One CI pipeline run; its commit is the revision the deploys above carry. @public */
export interface DemoCiRun {
  id: number;
  commit: string;
  branch: string;
  status: 'success' | 'failure' | 'running';
  startedAt: string;
  stages: Array<{
    stage: DemoCiStageName;
    status: 'success' | 'failure' | 'running' | 'pending' | 'skipped';
    durationSeconds?: number;
  }>;
}

/** @public */
export interface DemoCanary {
  environment: Environment;
  step: number;
  totalSteps: number;
  weight: number;
}

/** @public */
export interface DemoDeployments {
  service: string;
  /** Every environment's deploys over the last 90 days, oldest first. */
  deploys: DemoDeploy[];
  ciRuns: DemoCiRun[];
  /** ArgoCD health per environment right now. */
  health: Record<Environment, 'Healthy' | 'Progressing' | 'Degraded'>;
  /** A canary under way right now, if any. */
  canary?: DemoCanary;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** @public */
export const DEMO_DEPLOY_DAYS = 90;
const STAGES: Array<[DemoCiStageName, number, number]> = [
  ['quality', 40, 120],
  ['test', 120, 420],
  ['security', 60, 180],
  ['build', 120, 300],
  ['deploy', 30, 90],
  ['verify', 60, 150],
];

const iso = (ms: number) => new Date(ms).toISOString();
const HEX = '0123456789abcdef';
const sha = (rnd: Random) => {
  let out = '';
  for (let i = 0; i < 40; i++) out += HEX[rnd.int(0, 15)];
  return out;
};

interface Release {
  n: number;
  commit: string;
  commitAt: number;
  /** When each environment got it; absent = never reached it. */
  at: Partial<Record<Environment, number>>;
  stagingRolledBackAt?: number;
  prodRolledBackAt?: number;
}

/**
 * The last 90 days of deploys and CI runs of one demo service. Every release is a commit
 * whose CI run deploys it to dev; it is promoted to staging and, for most, to prod. A few
 * staging canaries fail and are rolled back; `story.failedCanary` is the one prod canary
 * that failed (at `at`, rolled back at `rolledBackAt`); the service with a paging alert
 * is Degraded in prod; `story.canaryInProgress` is the prod canary under way right now.
 * Built once per world and service, and shared by every caller (the deployments family,
 * quality's CI runs, the Kubernetes workloads): do not modify the answer.
 *
 * @public
 */
export function createDemoDeployments(
  world: DemoWorld,
  serviceName: string,
): DemoDeployments {
  return memoForWorld(world, `deployments:${serviceName}`, () =>
    buildDemoDeployments(world, serviceName),
  );
}

function buildDemoDeployments(
  world: DemoWorld,
  serviceName: string,
): DemoDeployments {
  const index = world.services.findIndex(s => s.name === serviceName);
  if (index < 0) throw new Error(`no demo service named ${serviceName}`);
  const service = world.services[index];
  const people = world.teams.find(t => t.name === service.owner)?.members ?? [
    'release-bot',
  ];
  const rnd = randomFor(world.seed, 'deployments', serviceName);
  const nowMs = Date.parse(world.now);
  const { failedCanary, canaryInProgress } = world.story;
  const canaryAt = Date.parse(failedCanary.at);
  const isCanaryService = failedCanary.service === serviceName;
  const hasCanaryNow = canaryInProgress.service === serviceName;

  const releases: Release[] = [];
  const ciRuns: DemoCiRun[] = [];
  let t = nowMs - DEMO_DEPLOY_DAYS * DAY + rnd.int(0, 12) * HOUR;
  let n = 0;
  const addRelease = (
    commitAt: number,
    forced?: Partial<Record<Environment, number>>,
  ) => {
    n += 1;
    const release: Release = { n, commit: sha(rnd), commitAt, at: {} };
    const run = ciRun(
      rnd,
      1000 * (index + 1) + n,
      release.commit,
      commitAt + MINUTE,
      nowMs,
      !!forced,
    );
    ciRuns.push(run);
    if (run.status !== 'success' && !forced) return release;
    const devAt =
      forced?.dev ?? commitAt + MINUTE + 1000 * runSecondsUntilDeploy(run);
    release.at.dev = devAt;
    release.at.staging = forced?.staging ?? devAt + rnd.int(60, 240) * MINUTE;
    if (!forced && rnd.chance(0.04)) {
      release.stagingRolledBackAt =
        release.at.staging + rnd.int(10, 40) * MINUTE;
    } else if (forced?.prod ?? rnd.chance(0.6)) {
      release.at.prod =
        forced?.prod ?? release.at.staging + rnd.int(2, 26) * HOUR;
    }
    releases.push(release);
    return release;
  };

  while (t < nowMs - 2 * HOUR) {
    const quiet =
      (isCanaryService && Math.abs(t - canaryAt) < 2 * DAY) ||
      (hasCanaryNow && t > nowMs - 2 * DAY);
    if (!quiet) addRelease(t);
    t += rnd.int(8, 40) * HOUR;
  }
  if (isCanaryService) {
    const release = addRelease(canaryAt - 20 * HOUR, {
      dev: canaryAt - 19 * HOUR,
      staging: canaryAt - 17 * HOUR,
      prod: canaryAt,
    });
    release.prodRolledBackAt = Date.parse(failedCanary.rolledBackAt);
  }
  if (hasCanaryNow) {
    addRelease(nowMs - 5 * HOUR, {
      dev: nowMs - 4 * HOUR,
      staging: nowMs - 3 * HOUR,
      prod: Date.parse(canaryInProgress.deployedAt),
    });
  }
  releases.sort((a, b) => a.commitAt - b.commitAt);

  const deploys: DemoDeploy[] = [];
  for (const environment of ENVIRONMENTS) {
    const events: Array<{
      at: number;
      release: Release;
      kind: 'deploy' | 'rollback';
      back?: number;
    }> = [];
    let previous: Release | undefined;
    for (const release of releases.filter(
      r => r.at[environment] !== undefined,
    )) {
      const at = release.at[environment]!;
      const back = {
        dev: undefined,
        staging: release.stagingRolledBackAt,
        prod: release.prodRolledBackAt,
      }[environment];
      events.push({ at, release, kind: 'deploy', back });
      if (back !== undefined && previous)
        events.push({ at: back, release: previous, kind: 'rollback' });
      else previous = release;
    }
    events
      .filter(e => e.at <= nowMs)
      .sort((a, b) => a.at - b.at)
      .forEach((e, i) =>
        deploys.push({
          id: i + 1,
          environment,
          revision: e.release.commit,
          imageTag: `v1.${e.release.n}.0`,
          deployedAt: iso(e.at),
          deployedBy:
            environment === 'dev'
              ? 'argocd-auto-sync'
              : people[(e.release.n + i) % people.length],
          commitAt: iso(e.release.commitAt),
          kind: e.kind,
          ...(e.back !== undefined ? { rolledBackAt: iso(e.back) } : {}),
        }),
      );
  }
  deploys.sort((a, b) => a.deployedAt.localeCompare(b.deployedAt));

  const paging = world.story.firingAlerts.some(
    a => a.service === serviceName && a.severity === 'page',
  );
  let prodHealth: DemoDeployments['health']['prod'] = paging
    ? 'Degraded'
    : 'Healthy';
  if (hasCanaryNow) prodHealth = 'Progressing';
  return {
    service: serviceName,
    deploys,
    ciRuns,
    health: { dev: 'Healthy', staging: 'Healthy', prod: prodHealth },
    ...(hasCanaryNow
      ? {
          canary: {
            environment: canaryInProgress.environment,
            step: canaryInProgress.step,
            totalSteps: canaryInProgress.totalSteps,
            weight: canaryInProgress.weight,
          },
        }
      : {}),
  };
}

function ciRun(
  rnd: Random,
  id: number,
  commit: string,
  startMs: number,
  nowMs: number,
  mustPass: boolean,
): DemoCiRun {
  // A few runs fail their tests and never deploy; the one still running at `now` is running.
  const failsAt = rnd.chance(0.08) && !mustPass ? 'test' : undefined;
  let clock = startMs;
  let status: DemoCiRun['status'] = 'success';
  const stages = STAGES.map(([stage, min, max]) => {
    const seconds = rnd.int(min, max);
    if (status !== 'success')
      return {
        stage,
        status:
          status === 'failure' ? ('skipped' as const) : ('pending' as const),
      };
    if (clock + seconds * 1000 > nowMs) {
      status = 'running';
      return { stage, status: 'running' as const };
    }
    clock += seconds * 1000;
    if (stage === failsAt) {
      status = 'failure';
      return { stage, status: 'failure' as const, durationSeconds: seconds };
    }
    return { stage, status: 'success' as const, durationSeconds: seconds };
  });
  return {
    id,
    commit,
    branch: 'main',
    status,
    startedAt: iso(startMs),
    stages,
  };
}

function runSecondsUntilDeploy(run: DemoCiRun): number {
  const deploy = run.stages.findIndex(s => s.stage === 'deploy');
  return run.stages
    .slice(0, deploy + 1)
    .reduce((sum, s) => sum + (s.durationSeconds ?? 0), 0);
}
