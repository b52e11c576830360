import { DemoWorld } from '../world';
import { DEMO_CLUSTERS } from './clusters';
import {
  chartLabels,
  DemoKubernetesObject,
  hexName,
  objectMeta,
  objectRandom,
  ownerReference,
  resourceVersion,
  safeName,
  selectorLabels,
  uid,
} from './objectMeta';
import {
  DEMO_CANARY_STEPS,
  DemoRevision,
  DemoWorkloadState,
} from './workloadState';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

// pod-template-hash is a hash of the pod template; the commit stands in for it.
const templateHash = (world: DemoWorld, rev: DemoRevision) =>
  safeName(world, 10, 'template', rev.commit);

function image(state: DemoWorkloadState, rev: DemoRevision) {
  const cluster = DEMO_CLUSTERS.find(c => c.environment === state.environment)!;
  return `${cluster.accountId}.dkr.ecr.${cluster.region}.amazonaws.com/${state.service.name}:${rev.imageTag}`;
}

/** The chart's `service.podTemplate`, trimmed to what the Kubernetes tab reads. */
function podTemplate(
  state: DemoWorkloadState,
  rev: DemoRevision,
  extraLabels: Record<string, string> = {},
) {
  return {
    metadata: {
      labels: { ...chartLabels(state, rev.imageTag), ...extraLabels },
    },
    spec: {
      serviceAccountName: state.service.name,
      containers: [
        {
          name: 'app',
          image: image(state, rev),
          ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
          resources: {
            requests: { cpu: '100m', memory: '128Mi' },
            limits: { cpu: '500m', memory: '256Mi' },
          },
        },
      ],
    },
  };
}

function condition(
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason: string,
  message: string,
  at: string,
) {
  return {
    type,
    status,
    reason,
    message,
    lastTransitionTime: at,
    lastUpdateTime: at,
  };
}

function pod(
  world: DemoWorld,
  state: DemoWorkloadState,
  rs: DemoKubernetesObject,
  rev: DemoRevision,
  hashLabel: Record<string, string>,
  index: number,
  crashing: boolean,
): DemoKubernetesObject {
  const name = `${rs.metadata.name}-${safeName(
    world,
    5,
    'pod',
    rs.metadata.name,
    index,
  )}`;
  const rnd = objectRandom(world, 'pod-ip', state.environment, name);
  const startedAt = iso(Date.parse(rev.deployedAt) + (index + 1) * 20_000);
  const zone = 'abc'[index % 3];
  const subnet = { a: 32, b: 64, c: 96 }[zone]!;
  const hostIP = `10.${state.environment === 'prod' ? 2 : 1}.${
    subnet + rnd.int(0, 15)
  }.${rnd.int(2, 254)}`;
  const podIP = `10.${state.environment === 'prod' ? 2 : 1}.${
    subnet + rnd.int(16, 31)
  }.${rnd.int(2, 254)}`;
  const nowMs = Date.parse(world.now);
  const since = Date.parse(state.crashLoopSince ?? world.now);
  // CrashLoopBackOff caps its back-off at 5 minutes: about one restart per 5 minutes.
  const restarts = crashing
    ? 3 + Math.floor((nowMs - since) / (5 * MINUTE))
    : 0;
  const containerStatus = crashing
    ? {
        ready: false,
        started: false,
        restartCount: restarts,
        state: {
          waiting: {
            reason: 'CrashLoopBackOff',
            message: `back-off 5m0s restarting failed container=app pod=${name}_${
              state.service.name
            }(${uid(
              world,
              state.environment,
              state.service.name,
              'Pod',
              name,
            )})`,
          },
        },
        lastState: {
          terminated: {
            exitCode: 137,
            reason: 'OOMKilled',
            startedAt: iso(nowMs - 4 * MINUTE),
            finishedAt: iso(nowMs - 3 * MINUTE),
            containerID: `containerd://${safeName(
              world,
              64,
              'container',
              name,
              restarts - 1,
            )}`,
          },
        },
      }
    : {
        ready: true,
        started: true,
        restartCount: 0,
        state: { running: { startedAt } },
        lastState: {},
      };
  const ready = crashing ? 'False' : 'True';
  const notReady = crashing
    ? {
        reason: 'ContainersNotReady',
        message: 'containers with unready status: [app]',
      }
    : {};
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: objectMeta(world, state, 'Pod', name, startedAt, {
      labels: { ...chartLabels(state, rev.imageTag), ...hashLabel },
      ownerReferences: [ownerReference(rs)],
    }),
    spec: {
      ...podTemplate(state, rev).spec,
      nodeName: `ip-${hostIP.replaceAll('.', '-')}.${
        DEMO_CLUSTERS[0].region
      }.compute.internal`,
      restartPolicy: 'Always',
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True', lastTransitionTime: startedAt },
        {
          type: 'Ready',
          status: ready,
          lastTransitionTime: crashing ? state.crashLoopSince : startedAt,
          ...notReady,
        },
        {
          type: 'ContainersReady',
          status: ready,
          lastTransitionTime: crashing ? state.crashLoopSince : startedAt,
          ...notReady,
        },
        { type: 'PodScheduled', status: 'True', lastTransitionTime: startedAt },
      ],
      hostIP,
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: startedAt,
      qosClass: 'Burstable',
      containerStatuses: [
        {
          name: 'app',
          image: image(state, rev),
          imageID: `${image(state, rev).replace(
            /:[^:]+$/,
            '',
          )}@sha256:${hexName(world, 64, 'digest', rev.commit)}`,
          containerID: `containerd://${safeName(
            world,
            64,
            'container',
            name,
            restarts,
          )}`,
          ...containerStatus,
        },
      ],
    },
  };
}

/** A ReplicaSet of one revision and its pods; `crashIndex` names the pod that keeps OOMing. */
function replicaSet(
  world: DemoWorld,
  state: DemoWorkloadState,
  owner: DemoKubernetesObject,
  rev: DemoRevision,
  replicas: number,
  crashIndex?: number,
): DemoKubernetesObject[] {
  const hash = templateHash(world, rev);
  const byRollout = owner.kind === 'Rollout';
  const hashLabel = {
    [byRollout ? 'rollouts-pod-template-hash' : 'pod-template-hash']: hash,
  };
  const name = `${state.service.name}-${hash}`;
  const ready = replicas - (crashIndex === undefined ? 0 : 1);
  const rs: DemoKubernetesObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: objectMeta(world, state, 'ReplicaSet', name, rev.deployedAt, {
      labels: { ...chartLabels(state, rev.imageTag), ...hashLabel },
      annotations: byRollout
        ? { 'rollout.argoproj.io/revision': String(rev.number) }
        : {
            'deployment.kubernetes.io/revision': String(rev.number),
            'deployment.kubernetes.io/desired-replicas': String(replicas),
            'deployment.kubernetes.io/max-replicas': String(replicas + 1),
          },
      ownerReferences: [ownerReference(owner)],
      generation: 1,
    }),
    spec: {
      replicas,
      selector: { matchLabels: { ...selectorLabels(state), ...hashLabel } },
      template: podTemplate(state, rev, hashLabel),
    },
    status: {
      replicas,
      fullyLabeledReplicas: replicas,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: 1,
    },
  };
  const pods = Array.from({ length: replicas }, (_, i) =>
    pod(world, state, rs, rev, hashLabel, i, i === crashIndex),
  );
  return [rs, ...pods];
}

function deployment(world: DemoWorld, state: DemoWorkloadState) {
  const { desired } = state.hpa;
  const ready = desired - (state.crashLoopSince ? 1 : 0);
  const generation = state.stable.number * 2;
  const object: DemoKubernetesObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: objectMeta(
      world,
      state,
      'Deployment',
      state.service.name,
      state.createdAt,
      {
        generation,
        annotations: {
          'deployment.kubernetes.io/revision': String(state.stable.number),
        },
      },
    ),
    spec: {
      replicas: desired,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selectorLabels(state) },
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
      },
      template: podTemplate(state, state.stable),
    },
    status: {
      observedGeneration: generation,
      replicas: desired,
      updatedReplicas: desired,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(ready < desired ? { unavailableReplicas: desired - ready } : {}),
      conditions: [
        condition(
          'Available',
          'True',
          'MinimumReplicasAvailable',
          'Deployment has minimum availability.',
          state.stable.deployedAt,
        ),
        condition(
          'Progressing',
          'True',
          'NewReplicaSetAvailable',
          `ReplicaSet "${state.service.name}-${templateHash(
            world,
            state.stable,
          )}" has successfully progressed.`,
          state.stable.deployedAt,
        ),
      ],
    },
  };
  return object;
}

function rollout(world: DemoWorld, state: DemoWorkloadState) {
  const canary = state.canary!;
  const { desired } = state.hpa;
  const canaryPods =
    canary.phase === 'Paused' ? Math.ceil((desired * canary.weight) / 100) : 0;
  const aborted = canary.phase === 'Degraded';
  const at = canary.abortedAt ?? canary.revision.deployedAt;
  const message = aborted
    ? `Rollout aborted update to revision ${canary.revision.number}`
    : 'Rollout is paused';
  const selector = Object.entries(selectorLabels(state))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const generation = canary.revision.number * 2 + (aborted ? 1 : 0);
  const object: DemoKubernetesObject = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: objectMeta(
      world,
      state,
      'Rollout',
      state.service.name,
      state.createdAt,
      {
        generation,
        annotations: {
          'rollout.argoproj.io/revision': String(canary.revision.number),
        },
        labels: chartLabels(state, canary.revision.imageTag),
      },
    ),
    spec: {
      replicas: desired,
      revisionHistoryLimit: 5,
      selector: { matchLabels: selectorLabels(state) },
      template: podTemplate(state, canary.revision),
      strategy: {
        canary: {
          // replica-weighted canary: each step shifts that share of pods to the new version
          maxSurge: '25%',
          maxUnavailable: 0,
          steps: DEMO_CANARY_STEPS,
        },
      },
    },
    status: {
      HPAReplicas: desired,
      replicas: desired,
      updatedReplicas: canaryPods,
      readyReplicas: desired,
      availableReplicas: desired,
      blueGreen: {},
      canary: {},
      stableRS: templateHash(world, state.stable),
      currentPodHash: templateHash(world, canary.revision),
      currentStepHash: safeName(world, 10, 'step', canary.revision.commit),
      currentStepIndex: canary.stepIndex,
      observedGeneration: String(generation),
      selector,
      phase: canary.phase,
      ...(aborted
        ? {
            abort: true,
            abortedAt: at,
            message: `RolloutAborted: ${message}`,
          }
        : {
            controllerPause: true,
            message: 'CanaryPauseStep',
            pauseConditions: [{ reason: 'CanaryPauseStep', startTime: at }],
          }),
      conditions: [
        condition(
          'Available',
          'True',
          'AvailableReason',
          'Rollout has minimum availability',
          state.createdAt,
        ),
        condition(
          'Completed',
          'False',
          'RolloutCompleted',
          'Rollout not completed, started update to revision',
          canary.revision.deployedAt,
        ),
        condition(
          'Healthy',
          'False',
          'RolloutHealthy',
          'Rollout is not healthy',
          at,
        ),
        aborted
          ? condition('Progressing', 'False', 'RolloutAborted', message, at)
          : condition('Progressing', 'Unknown', 'RolloutPaused', message, at),
        ...(aborted
          ? []
          : [condition('Paused', 'True', 'RolloutPaused', message, at)]),
      ],
    },
  };
  object.metadata.resourceVersion = resourceVersion(world.now, generation);
  return { object, canaryPods };
}

function hpa(
  world: DemoWorld,
  state: DemoWorkloadState,
  target: DemoKubernetesObject,
): DemoKubernetesObject {
  const { min, max, desired, cpuPercent, lastScaleTime } = state.hpa;
  const limited = desired >= max;
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: objectMeta(
      world,
      state,
      'HorizontalPodAutoscaler',
      state.service.name,
      state.createdAt,
    ),
    spec: {
      scaleTargetRef: {
        apiVersion: target.apiVersion,
        kind: target.kind,
        name: target.metadata.name,
      },
      minReplicas: min,
      maxReplicas: max,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: 70 },
          },
        },
      ],
    },
    status: {
      currentReplicas: desired,
      desiredReplicas: desired,
      ...(lastScaleTime ? { lastScaleTime } : {}),
      currentMetrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            current: {
              averageUtilization: cpuPercent,
              averageValue: `${cpuPercent}m`,
            },
          },
        },
      ],
      conditions: [
        {
          type: 'AbleToScale',
          status: 'True',
          reason: 'ReadyForNewScale',
          message: 'recommended size matches current size',
          lastTransitionTime: state.createdAt,
        },
        {
          type: 'ScalingActive',
          status: 'True',
          reason: 'ValidMetricFound',
          message:
            'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
          lastTransitionTime: state.createdAt,
        },
        limited
          ? {
              type: 'ScalingLimited',
              status: 'True',
              reason: 'TooManyReplicas',
              message:
                'the desired replica count is more than the maximum replica count',
              lastTransitionTime: lastScaleTime ?? state.createdAt,
            }
          : {
              type: 'ScalingLimited',
              status: 'False',
              reason: 'DesiredWithinRange',
              message: 'the desired count is within the acceptable range',
              lastTransitionTime: state.createdAt,
            },
      ],
    },
  };
}

/**
 * The workload objects of one service in one cluster: its Deployment (or, while a canary is
 * under way or was aborted, its Argo Rollout), the current ReplicaSet with its pods and the
 * previous one scaled to 0, and the HPA scaling it. Owner references chain pod → ReplicaSet →
 * Deployment/Rollout by uid, as the Kubernetes controllers set them.
 *
 * @public
 */
export function demoWorkloadObjects(
  world: DemoWorld,
  state: DemoWorkloadState,
): DemoKubernetesObject[] {
  const { desired } = state.hpa;
  const crashIndex = state.crashLoopSince ? 0 : undefined;
  if (state.canary) {
    const { object, canaryPods } = rollout(world, state);
    return [
      object,
      ...replicaSet(world, state, object, state.canary.revision, canaryPods),
      ...replicaSet(
        world,
        state,
        object,
        state.stable,
        desired - canaryPods,
        crashIndex,
      ),
      hpa(world, state, object),
    ];
  }
  const object = deployment(world, state);
  return [
    object,
    ...replicaSet(world, state, object, state.stable, desired, crashIndex),
    ...(state.previous
      ? replicaSet(world, state, object, state.previous, 0)
      : []),
    hpa(world, state, object),
  ];
}
