import { memoForWorld } from './memo';
import { randomFor } from './random';
import { DemoService, DemoWorld, Environment, ENVIRONMENTS } from './world';

/** A flag's state in one environment, as Unleash would hold it. @public */
export interface DemoFlagEnvironment {
  environment: Environment;
  enabled: boolean;
  /** flexibleRollout percentage; null when the flag is on for everyone (default strategy). */
  rolloutPct: number | null;
  strategies: string[];
}

/** One feature flag of a demo service (in its team's Unleash project, named after it). @public */
export interface DemoFlag {
  name: string;
  project: string;
  type: 'release' | 'experiment' | 'operational' | 'kill-switch';
  stale: boolean;
  createdAt: string;
  environments: DemoFlagEnvironment[];
}

/** One entry of the flag event log, newest first when listed. @public */
export interface DemoFlagChange {
  id: number;
  flag: string;
  project: string;
  environment: Environment | null;
  /** Unleash's event type. */
  type:
    | 'feature-created'
    | 'feature-environment-enabled'
    | 'feature-strategy-update'
    | 'feature-stale-on';
  createdAt: string;
  createdBy: string;
  /** Rollout percentages before and after a strategy update. */
  rollout?: { from: number; to: number };
}

/**
 * The Unleash project a demo service's flags live in: its team's, as Unleash projects are
 * per team (a portfolio of 500 services has 50 projects, not 500).
 *
 * @public
 */
export function demoUnleashProject(
  service: Pick<DemoService, 'owner'>,
): string {
  return service.owner;
}

/**
 * The prefix of a demo service's flag names (`unleash.io/feature-prefix`), which picks its
 * flags out of its team's project. The dot keeps `cart-api.` from matching `cart-api-v2.x`.
 *
 * @public
 */
export function demoFlagPrefix(service: Pick<DemoService, 'name'>): string {
  return `${service.name}.`;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Flags a service may carry; the story's payment flow is added to its own service. */
const POOL: Array<{ suffix: string; type: DemoFlag['type'] }> = [
  { suffix: 'async-invoicing', type: 'release' },
  { suffix: 'search-v2', type: 'experiment' },
  { suffix: 'bulk-export', type: 'release' },
  { suffix: 'read-replica-fallback', type: 'operational' },
  { suffix: 'disable-recommendations', type: 'kill-switch' },
  { suffix: 'audit-log-v2', type: 'release' },
];

interface Plan {
  flag: DemoFlag;
  changes: Array<Omit<DemoFlagChange, 'id' | 'flag' | 'project'>>;
}

function envs(
  prodPct: number | null,
  prodOn: boolean,
  stagingOn = true,
): DemoFlagEnvironment[] {
  return ENVIRONMENTS.map(environment => {
    const enabled =
      environment === 'prod' ? prodOn : environment === 'dev' || stagingOn;
    const pct = environment === 'prod' ? prodPct : null;
    return {
      environment,
      enabled,
      rolloutPct: pct,
      strategies: [pct === null ? 'default' : 'flexibleRollout'],
    };
  });
}

function plans(world: DemoWorld, service: DemoService): Plan[] {
  const nowMs = Date.parse(world.now);
  const rng = randomFor(world.seed, 'flags', service.name);
  const team = world.teams.find(t => t.name === service.owner);
  const people = team?.members.length ? team.members : ['admin'];
  const who = () => rng.pick(people);
  const iso = (ms: number) => new Date(ms).toISOString();
  const out: Plan[] = [];

  const { flagRollout } = world.story;
  if (flagRollout.service === service.name) {
    const changedMs = Date.parse(flagRollout.changedAt);
    const createdMs = changedMs - 9 * DAY;
    out.push({
      flag: {
        name: flagRollout.flag,
        project: demoUnleashProject(service),
        type: 'release',
        stale: false,
        createdAt: iso(createdMs),
        environments: envs(flagRollout.rolloutPct, true),
      },
      changes: [
        {
          type: 'feature-created',
          environment: null,
          createdAt: iso(createdMs),
          createdBy: who(),
        },
        {
          type: 'feature-environment-enabled',
          environment: 'staging',
          createdAt: iso(createdMs + DAY),
          createdBy: who(),
        },
        {
          type: 'feature-environment-enabled',
          environment: 'prod',
          createdAt: iso(changedMs - 2 * HOUR),
          createdBy: who(),
        },
        {
          type: 'feature-strategy-update',
          environment: 'prod',
          createdAt: flagRollout.changedAt,
          createdBy: who(),
          rollout: { from: 0, to: flagRollout.rolloutPct },
        },
      ],
    });
  }

  const start = rng.int(0, POOL.length - 1);
  const count = rng.int(2, 3);
  for (let i = 0; i < count; i++) {
    const { suffix, type } = POOL[(start + i) % POOL.length];
    const name = `${service.name}.${suffix}`;
    // The first pooled flag of every other service is a release long fully rolled out and
    // never removed: Unleash marks such flags stale, the debt the tab and scorecard show.
    if (i === 0 && rng.chance(0.5)) {
      const createdMs = nowMs - rng.int(120, 200) * DAY;
      out.push({
        flag: {
          name,
          project: demoUnleashProject(service),
          type: 'release',
          stale: true,
          createdAt: iso(createdMs),
          environments: envs(null, true),
        },
        changes: [
          {
            type: 'feature-stale-on',
            environment: null,
            createdAt: iso(nowMs - rng.int(10, 25) * DAY),
            createdBy: 'admin',
          },
        ],
      });
      continue;
    }
    const createdMs = nowMs - rng.int(5, 60) * DAY;
    const prodPct = type === 'experiment' ? rng.pick([25, 50]) : null;
    const prodOn = type !== 'kill-switch' && rng.chance(0.7);
    const changes: Plan['changes'] = [
      {
        type: 'feature-created',
        environment: null,
        createdAt: iso(createdMs),
        createdBy: who(),
      },
    ];
    if (prodOn) {
      changes.push({
        type: 'feature-environment-enabled',
        environment: 'prod',
        createdAt: iso(createdMs + rng.int(2, 4) * DAY),
        createdBy: who(),
      });
    }
    out.push({
      flag: {
        name,
        project: demoUnleashProject(service),
        type,
        stale: false,
        createdAt: iso(createdMs),
        environments: envs(prodPct, prodOn),
      },
      changes: changes.filter(c => Date.parse(c.createdAt) <= nowMs),
    });
  }
  return out;
}

/** Everything one demo Unleash project holds: its flags and its event log, newest first. @public */
export interface DemoProjectFlags {
  flags: DemoFlag[];
  changes: DemoFlagChange[];
}

/**
 * One Unleash project of the demo world (a team's): the flags of every service of the team
 * and their event log, newest first, with ids that grow with time as Unleash's do. A project
 * the world does not know is empty, as an empty Unleash project would be. Computed once per
 * world and project: callers share the answer and must not modify it.
 *
 * @public
 */
export function demoProjectFlags(
  world: DemoWorld,
  project: string,
): DemoProjectFlags {
  return memoForWorld(world, `flags:project:${project}`, () => {
    const services = world.services.filter(
      s => demoUnleashProject(s) === project,
    );
    const all = services.flatMap(s => plans(world, s));
    const base = (world.teams.findIndex(t => t.name === project) + 1) * 10_000;
    const changes = all
      .flatMap(p => p.changes.map(c => ({ ...c, flag: p.flag.name, project })))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((c, i) => ({ id: base + i, ...c }))
      .reverse();
    return { flags: all.map(p => p.flag), changes };
  });
}

/**
 * A demo service's flags, deterministic per (seed, service): those of its team's project
 * that carry its prefix. The story's service carries the failed canary's new code path at
 * its gradual rollout in prod.
 *
 * @public
 */
export function demoFlags(world: DemoWorld, service: DemoService): DemoFlag[] {
  const prefix = demoFlagPrefix(service);
  return demoProjectFlags(world, demoUnleashProject(service)).flags.filter(f =>
    f.name.startsWith(prefix),
  );
}

/**
 * A demo service's flag event log, newest first: its project's events about its flags.
 *
 * @public
 */
export function demoFlagChanges(
  world: DemoWorld,
  service: DemoService,
): DemoFlagChange[] {
  const prefix = demoFlagPrefix(service);
  return demoProjectFlags(world, demoUnleashProject(service)).changes.filter(
    c => c.flag.startsWith(prefix),
  );
}
