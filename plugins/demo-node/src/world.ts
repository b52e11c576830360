import { randomFor } from './random';
import { SERVICES, SYSTEMS, TEAMS } from './names';

/** @public */
export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;
/** @public */
export type Environment = (typeof ENVIRONMENTS)[number];

/** @public */
export interface DemoTeam {
  name: string;
  displayName: string;
  members: string[];
}

/** @public */
export interface DemoSystem {
  name: string;
  owner: string;
  description: string;
}

/** @public */
export interface DemoService {
  name: string;
  description: string;
  owner: string;
  system: string;
  phpVersion: '8.2' | '8.3';
  symfonyVersion: '6.4' | '7.1';
  database: boolean;
  cache: boolean;
  /** Typical requests per second in prod; drives SLO, cost-per-request and load series. */
  baseRps: number;
  /** Typical daily AWS spend in USD. */
  baseDailyCost: number;
  /** SLO objectives, as the template would write them. */
  availabilityTarget: number;
  latencyP95Ms: number;
}

/**
 * The events every family's demo data must agree on. Times are absolute, derived from the
 * world's `now`, so "the canary failed two days ago at 14:00" holds in every family.
 *
 * @public
 */
export interface DemoStory {
  /** A prod canary that failed, burned error budget, paged and was rolled back. */
  failedCanary: {
    service: string;
    at: string;
    /** On-call was paged ten minutes in, before the rollback. */
    pagedAt: string;
    rolledBackAt: string;
  };
  /** A prod canary under way right now: deployed 12 minutes ago, paused at its second step. */
  canaryInProgress: {
    service: string;
    environment: 'prod';
    deployedAt: string;
    step: number;
    totalSteps: number;
    weight: number;
  };
  /** A scale-up that shows as a cost spike from that day on. */
  scaleUp: { service: string; at: string; factor: number };
  /** A critical CVE in one image, fixed by a later deploy. */
  criticalCve: {
    service: string;
    cve: string;
    package: string;
    introducedAt: string;
    fixedAt: string;
  };
  /** A critical CVE found three days ago and not yet deployed away: a failing severity gate. */
  openCritical: { service: string; cve: string; since: string };
  /** Alerts firing right now, for two services. */
  firingAlerts: Array<{
    service: string;
    alertname: string;
    severity: 'page' | 'ticket';
    since: string;
  }>;
  /** A team over its monthly budget. */
  budgetBreach: { team: string; budgetUsd: number };
  /** The failed canary's new code path sat behind a flag at a gradual rollout. */
  flagRollout: {
    service: string;
    flag: string;
    environment: 'prod';
    rolloutPct: number;
    /** Raised from 0 % an hour before the canary; left where it was after the rollback. */
    changedAt: string;
  };
  /** PagerDuty incidents: the failed canary's (resolved) and the paging alert's (open). */
  incidents: Array<{
    service: string;
    title: string;
    urgency: 'high' | 'low';
    triggeredAt: string;
    /** Absent while the incident is open. */
    resolvedAt?: string;
  }>;
  /** A service whose database has had no completed backup for three days. */
  missingBackup: { service: string; lastBackupAt: string };
  /** A Security Hub control failing on a resource of the team over budget. */
  failingControl: { team: string; service: string; controlId: string };
}

/** @public */
export interface DemoWorld {
  seed: number;
  size: number;
  /** The world's present: every series ends here. */
  now: string;
  teams: DemoTeam[];
  systems: DemoSystem[];
  services: DemoService[];
  story: DemoStory;
}

/** @public */
export interface DemoWorldOptions {
  seed?: number;
  /** Number of services; 12 matches examples/, the benchmark uses 500. */
  size?: number;
  /** The present; defaults to the start of the current UTC hour so a day's data is stable. */
  now?: Date;
}

/** @public */
export const DEFAULT_SEED = 42;
/** @public */
export const DEFAULT_SIZE = 12;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** Argo Rollouts canary weights, step by step. */
const CANARY_STEPS = [10, 25, 50, 100];

/**
 * Builds the demo world. Same seed, size and `now` give the same world, byte for byte.
 *
 * @public
 */
export function createDemoWorld(options: DemoWorldOptions = {}): DemoWorld {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 4) {
    throw new Error(`demo world size must be an integer >= 4, got ${size}`);
  }
  const nowMs = options.now?.getTime() ?? Math.floor(Date.now() / HOUR) * HOUR;

  // At least the hand-written cast, since the named services point at its teams and systems.
  const teamCount = Math.max(TEAMS.length, Math.ceil(size / 10));
  const teams: DemoTeam[] = Array.from({ length: teamCount }, (_, i) => {
    const known = TEAMS[i];
    return known
      ? {
          name: known.name,
          displayName: known.displayName,
          members: [...known.people],
        }
      : {
          name: `team-${i + 1}`,
          displayName: `Team ${i + 1}`,
          members: [`engineer-${i + 1}a`, `engineer-${i + 1}b`],
        };
  });

  const systemCount = Math.max(SYSTEMS.length, Math.ceil(size / 8));
  const systems: DemoSystem[] = Array.from({ length: systemCount }, (_, i) => {
    const known = SYSTEMS[i];
    return {
      name: known?.name ?? `system-${i + 1}`,
      description: known?.description ?? `Generated system ${i + 1}`,
      owner: teams[i % teams.length].name,
    };
  });

  const services: DemoService[] = Array.from({ length: size }, (_, i) => {
    const rnd = randomFor(seed, 'service', i);
    const known = SERVICES[i];
    const name = known?.[0] ?? `service-${String(i + 1).padStart(3, '0')}`;
    return {
      name,
      description: known?.[3] ?? `Generated Symfony service ${i + 1}`,
      owner: teams[known ? known[1] : i % teams.length].name,
      system: systems[known ? known[2] : i % systems.length].name,
      phpVersion: rnd.chance(0.7) ? '8.3' : '8.2',
      symfonyVersion: rnd.chance(0.6) ? '7.1' : '6.4',
      database: !name.endsWith('-worker') && rnd.chance(0.8),
      cache: rnd.chance(0.6),
      baseRps: rnd.int(5, 400),
      baseDailyCost: rnd.int(40, 900),
      availabilityTarget: rnd.pick([99.5, 99.9, 99.9, 99.95]),
      latencyP95Ms: rnd.pick([100, 150, 200, 300]),
    };
  });

  const at = (msAgo: number) => new Date(nowMs - msAgo).toISOString();
  const dayStart = Math.floor(nowMs / DAY) * DAY;
  const canaryAt = dayStart - 2 * DAY + 14 * HOUR;
  const story: DemoStory = {
    failedCanary: {
      service: services[0].name,
      at: new Date(canaryAt).toISOString(),
      pagedAt: new Date(canaryAt + 10 * 60_000).toISOString(),
      rolledBackAt: new Date(canaryAt + 35 * 60_000).toISOString(),
    },
    canaryInProgress: {
      service: services[1].name,
      environment: 'prod',
      deployedAt: at(12 * 60_000),
      step: 2,
      totalSteps: CANARY_STEPS.length,
      weight: CANARY_STEPS[1],
    },
    scaleUp: {
      service: services[7 % size].name,
      at: at(20 * DAY),
      factor: 1.8,
    },
    criticalCve: {
      service: services[6 % size].name,
      cve: 'CVE-2024-5535',
      package: 'openssl',
      introducedAt: at(30 * DAY),
      fixedAt: at(6 * DAY),
    },
    openCritical: {
      service: services[9 % size].name,
      cve: 'CVE-2024-4577',
      since: at(3 * DAY),
    },
    firingAlerts: [
      {
        service: services[3].name,
        alertname: 'SloErrorBudgetBurnFast',
        severity: 'page',
        since: at(40 * 60_000),
      },
      {
        service: services[7 % size].name,
        alertname: 'SloLatencyBurnSlow',
        severity: 'ticket',
        since: at(5 * HOUR),
      },
    ],
    budgetBreach: { team: teams[2].name, budgetUsd: 12_000 },
    flagRollout: {
      service: services[0].name,
      flag: `${services[0].name}.new-payment-flow`,
      environment: 'prod',
      rolloutPct: 10,
      changedAt: new Date(canaryAt - HOUR).toISOString(),
    },
    incidents: [
      {
        service: services[0].name,
        title: `${services[0].name}: error budget burning fast after the prod canary`,
        urgency: 'high',
        triggeredAt: new Date(canaryAt + 10 * 60_000).toISOString(),
        resolvedAt: new Date(canaryAt + 38 * 60_000).toISOString(),
      },
      {
        service: services[3].name,
        title: `${services[3].name}: SloErrorBudgetBurnFast`,
        urgency: 'high',
        triggeredAt: at(38 * 60_000),
      },
    ],
    missingBackup: {
      service: (services.find(s => s.database) ?? services[4 % size]).name,
      lastBackupAt: at(3 * DAY + 2 * HOUR),
    },
    failingControl: {
      team: teams[2].name,
      service: (services.find(s => s.owner === teams[2].name) ?? services[2])
        .name,
      controlId: 'RDS.3',
    },
  };

  return {
    seed,
    size,
    now: new Date(nowMs).toISOString(),
    teams,
    systems,
    services,
    story,
  };
}
