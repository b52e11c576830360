import { createDemoDeployments, DemoCiRun } from './deployments';
import { randomFor } from './random';
import { DemoWorld } from './world';

/** How many of a service's latest CI runs on main posted quality reports. @public */
export const DEMO_QUALITY_RUNS = 12;

/**
 * The quality figures one CI run of a demo service posted, each at the end of the stage
 * that measures it: static analysis in `quality`, coverage and mutation score in `test`,
 * the k6 load test in `verify`. A stage that did not succeed posted nothing.
 *
 * @public
 */
export interface DemoQualityRun {
  commit: string;
  /** The image the run built, as CI tags the reports with it. */
  artifact: string;
  coverage?: { measuredAt: string; statements: number; covered: number };
  mutation?: {
    measuredAt: string;
    msi: number;
    coveredMsi: number;
    killed: number;
    escaped: number;
    total: number;
  };
  phpstan?: { measuredAt: string; errors: number; fileErrors: number };
  psalm?: { measuredAt: string; errors: number };
  loadTest?: {
    measuredAt: string;
    p95Ms: number;
    errorRate: number;
    rps: number;
    /** The service's latency SLO threshold (its Sloth spec's `le`), in ms. */
    sloThresholdMs: number;
  };
}

/** Who stands out in the demo world's quality view, and why. @public */
export interface DemoQualityStory {
  /**
   * The failed canary's release made requests slower: its load test, and every one since
   * (prod was rolled back, main was not), has p95 above the latency SLO threshold.
   */
  slowLoadTest: string;
  /** A service whose line coverage is below the template's 90 % gate. */
  lowCoverage: string;
}

/** @public */
export function demoQualityStory(world: DemoWorld): DemoQualityStory {
  return {
    slowLoadTest: world.story.failedCanary.service,
    lowCoverage: world.services[8 % world.size].name,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
const round = (n: number, digits: number) =>
  Math.round(n * 10 ** digits) / 10 ** digits;

function stageEnd(run: DemoCiRun, stage: string): number | undefined {
  let at = Date.parse(run.startedAt);
  for (const s of run.stages) {
    if (s.status !== 'success') return undefined;
    at += (s.durationSeconds ?? 0) * 1000;
    if (s.stage === stage) return at;
  }
  return undefined;
}

/**
 * The quality reports of one demo service's last {@link DEMO_QUALITY_RUNS} CI runs on main,
 * oldest first. Workers serve no HTTP traffic, so they have no load test. Deterministic for
 * a world.
 *
 * @public
 */
export function createDemoQuality(
  world: DemoWorld,
  serviceName: string,
): DemoQualityRun[] {
  const service = world.services.find(s => s.name === serviceName);
  if (!service) throw new Error(`no demo service named ${serviceName}`);
  const story = demoQualityStory(world);
  const { ciRuns } = createDemoDeployments(world, serviceName);
  const canaryAt = Date.parse(world.story.failedCanary.at);
  const slow = story.slowLoadTest === serviceName;
  const base = randomFor(world.seed, 'quality', serviceName);
  const statements = base.int(1800, 6500);
  const baseCoverage =
    story.lowCoverage === serviceName ? base.int(830, 870) : base.int(915, 975);
  const baseMsi = base.int(72, 88);
  const worker = serviceName.endsWith('-worker');
  // The slow release is the last one CI built before the prod canary.
  const slowSince = slow
    ? Math.max(
        ...ciRuns
          .map(r => Date.parse(r.startedAt))
          .filter(t => t < canaryAt - 12 * 3600_000),
      )
    : Infinity;

  return ciRuns.slice(-DEMO_QUALITY_RUNS).map((run, i) => {
    const rnd = randomFor(world.seed, 'quality', serviceName, run.id);
    const out: DemoQualityRun = {
      commit: run.commit,
      artifact: `${serviceName}:${run.commit.slice(0, 7)}`,
    };
    const quality = stageEnd(run, 'quality');
    if (quality !== undefined) {
      const fileErrors = rnd.chance(0.15) ? rnd.int(1, 3) : 0;
      out.phpstan = { measuredAt: iso(quality), errors: 0, fileErrors };
      out.psalm = {
        measuredAt: iso(quality),
        errors: rnd.chance(0.2) ? rnd.int(1, 2) : 0,
      };
    }
    const test = stageEnd(run, 'test');
    if (test !== undefined) {
      // Coverage creeps up over the runs, a little noise either side.
      const permille = Math.min(
        990,
        baseCoverage + Math.floor(i / 3) + rnd.int(-4, 4),
      );
      const total = statements + i * rnd.int(5, 25);
      out.coverage = {
        measuredAt: iso(test),
        statements: total,
        covered: Math.round((total * permille) / 1000),
      };
      const mutants = Math.round(total * 0.22);
      const msi = Math.min(99, baseMsi + rnd.int(-2, 2));
      const killed = Math.round((mutants * msi) / 100);
      const notCovered = Math.round(mutants * (1 - permille / 1000));
      out.mutation = {
        measuredAt: iso(test + 4 * 60_000),
        msi: round((killed / mutants) * 100, 2),
        coveredMsi: round((killed / (mutants - notCovered)) * 100, 2),
        killed,
        escaped: mutants - killed - notCovered,
        total: mutants,
      };
    }
    const verify = stageEnd(run, 'verify');
    if (verify !== undefined && !worker) {
      const threshold = service.latencyP95Ms;
      const slower = Date.parse(run.startedAt) >= slowSince;
      out.loadTest = {
        measuredAt: iso(verify),
        p95Ms: round(
          threshold *
            (slower ? 1.3 + rnd.int(0, 15) / 100 : 0.55 + rnd.int(0, 25) / 100),
          1,
        ),
        errorRate: round(
          slower ? 0.012 + rnd.int(0, 8) / 1000 : rnd.int(0, 30) / 10_000,
          4,
        ),
        rps: round(Math.max(20, service.baseRps * 1.5) + rnd.int(-5, 5), 1),
        sloThresholdMs: threshold,
      };
    }
    return out;
  });
}
