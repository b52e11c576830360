import { createDemoDeployments, DemoDeploy } from '../deployments';
import { DemoService, DemoWorld, Environment } from '../world';

/** A revision of a service's image, as a ReplicaSet runs it. @public */
export interface DemoRevision {
  /** The deploy's ordinal in its environment: the ReplicaSet's `deployment.kubernetes.io/revision`. */
  number: number;
  commit: string;
  imageTag: string;
  deployedAt: string;
}

/** The canary an Argo Rollout is running or gave up on, from the deployments story. @public */
export interface DemoCanaryState {
  phase: 'Paused' | 'Degraded';
  revision: DemoRevision;
  /** Index into the chart's canary steps. */
  stepIndex: number;
  /** The setWeight of the step reached: the share of pods on the new revision. */
  weight: number;
  abortedAt?: string;
}

/** What one service runs in one environment's cluster right now. @public */
export interface DemoWorkloadState {
  service: DemoService;
  environment: Environment;
  /** The chart's `strategy`: Argo Rollouts where a canary is (or was) under way in prod. */
  strategy: 'rolling' | 'canary';
  /** The first deploy here: when the Deployment or Rollout was created. */
  createdAt: string;
  stable: DemoRevision;
  /** The revision before `stable`, kept as a ReplicaSet scaled to 0 (revisionHistoryLimit). */
  previous?: DemoRevision;
  canary?: DemoCanaryState;
  hpa: {
    min: number;
    max: number;
    desired: number;
    cpuPercent: number;
    lastScaleTime?: string;
  };
  /** The service that pages on-call has one pod OOMKilled over and over since the page. */
  crashLoopSince?: string;
}

/** The chart's canary steps (templates/symfony-service/skeleton/chart/values.yaml). @public */
export const DEMO_CANARY_STEPS: ReadonlyArray<
  { setWeight: number } | { pause: { duration?: string } }
> = [
  { setWeight: 10 },
  { pause: { duration: '2m' } },
  { setWeight: 25 },
  { pause: { duration: '5m' } },
  { setWeight: 50 },
  { pause: { duration: '5m' } },
  { setWeight: 100 },
];

const revisionOf = (deploy: DemoDeploy, number: number): DemoRevision => ({
  number,
  commit: deploy.revision,
  imageTag: deploy.imageTag,
  deployedAt: deploy.deployedAt,
});

function prodReplicas(service: DemoService) {
  return Math.min(5, Math.max(2, Math.ceil(service.baseRps / 80)));
}

/**
 * The workload of one service in one environment, derived from its demo deploys and the
 * world's story: checkout-api's failed prod canary is an aborted Rollout, cart-api's canary
 * under way is a paused one, search-api's scale-up keeps its prod HPA at its maximum, and
 * the service paging on-call has a pod in CrashLoopBackOff. Undefined where the service
 * was never deployed.
 *
 * @public
 */
export function demoWorkloadState(
  world: DemoWorld,
  service: DemoService,
  environment: Environment,
): DemoWorkloadState | undefined {
  // Built once per world and service (createDemoDeployments memoises): the same in all three clusters.
  const deployments = createDemoDeployments(world, service.name);
  const deploys = deployments.deploys.filter(
    d => d.environment === environment,
  );
  const revisions = deploys.map((d, i) => revisionOf(d, i + 1));
  const { story } = world;
  const prod = environment === 'prod';

  if (revisions.length === 0) return undefined; // never deployed here
  let stable = revisions[revisions.length - 1];
  let previous = revisions[revisions.length - 2];
  let canary: DemoCanaryState | undefined;
  const failed = prod && story.failedCanary.service === service.name;
  if (failed) {
    // The canary was aborted and its revision rolled back: the Rollout stays Degraded
    // until the next release, with stable on the revision before the canary.
    const aborted = deploys.findIndex(
      d => d.rolledBackAt === story.failedCanary.rolledBackAt,
    );
    if (aborted > 0) {
      canary = {
        phase: 'Degraded',
        revision: revisions[aborted],
        stepIndex: 3,
        weight: 25,
        abortedAt: story.failedCanary.rolledBackAt,
      };
      stable = revisions[aborted - 1];
      previous = revisions[aborted - 2];
    }
  } else if (prod && deployments.canary) {
    canary = {
      phase: 'Paused',
      revision: stable,
      // paused on the pause step that follows its setWeight
      stepIndex:
        DEMO_CANARY_STEPS.findIndex(
          s => 'setWeight' in s && s.setWeight === deployments.canary!.weight,
        ) + 1,
      weight: deployments.canary.weight,
    };
    stable = previous;
    previous = revisions[revisions.length - 3];
  }

  const base = { dev: 1, staging: 2, prod: prodReplicas(service) }[environment];
  const scaledUp = prod && story.scaleUp.service === service.name;
  const desired = scaledUp ? Math.ceil(base * story.scaleUp.factor) : base;
  const paging = story.firingAlerts.find(
    a => a.service === service.name && a.severity === 'page',
  );
  return {
    service,
    environment,
    strategy: canary ? 'canary' : 'rolling',
    createdAt: revisions[0].deployedAt,
    stable,
    ...(previous ? { previous } : {}),
    ...(canary ? { canary } : {}),
    hpa: {
      min: base,
      // A scaled-up service sits at its maximum: the HPA says ScalingLimited.
      max: scaledUp ? desired : base * 3,
      desired,
      cpuPercent: scaledUp ? 88 : 35 + (service.baseRps % 25),
      ...(scaledUp ? { lastScaleTime: story.scaleUp.at } : {}),
    },
    ...(prod && paging ? { crashLoopSince: paging.since } : {}),
  };
}
