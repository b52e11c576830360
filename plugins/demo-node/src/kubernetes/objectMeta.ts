import { randomFor } from '../random';
import { DemoWorld } from '../world';
import { DemoWorkloadState } from './workloadState';

/** A Kubernetes API object as the API server lists it. @public */
export interface DemoKubernetesObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    uid: string;
    resourceVersion: string;
    generation?: number;
    creationTimestamp: string;
    labels: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{
      apiVersion: string;
      kind: string;
      name: string;
      uid: string;
      controller: boolean;
      blockOwnerDeletion: boolean;
    }>;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

// The alphabet Kubernetes uses for generated names and pod-template-hash (SafeEncodeString).
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A stable random stream per object, so every hour's world names its pods the same way. */
export function objectRandom(
  world: DemoWorld,
  ...keys: Array<string | number>
) {
  return randomFor(world.seed, 'kubernetes', ...keys);
}

export function safeName(
  world: DemoWorld,
  length: number,
  ...keys: Array<string | number>
) {
  const rnd = objectRandom(world, ...keys);
  return Array.from({ length }, () => rnd.pick([...SAFE])).join('');
}

/** Lower-case hex, for digests and container ids. */
export function hexName(
  world: DemoWorld,
  length: number,
  ...keys: Array<string | number>
) {
  const rnd = objectRandom(world, 'hex', ...keys);
  return Array.from({ length }, () => '0123456789abcdef'[rnd.int(0, 15)]).join(
    '',
  );
}

export function uid(world: DemoWorld, ...keys: Array<string | number>) {
  const h = hexName(world, 32, 'uid', ...keys);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(
    17,
    20,
  )}-${h.slice(20)}`;
}

/** etcd revisions only grow: derive one from the time of the object's last write. */
export function resourceVersion(at: string, salt: number) {
  return String(Math.floor(Date.parse(at) / 1000) - 1_700_000_000 + salt);
}

/** The chart's `service.selectorLabels`: what Services, Deployments and HPAs select on. */
export function selectorLabels(state: DemoWorkloadState) {
  return {
    'app.kubernetes.io/name': state.service.name,
    'app.kubernetes.io/instance': state.service.name,
  };
}

/** The chart's `service.labels`, on every object it renders. */
export function chartLabels(state: DemoWorkloadState, imageTag: string) {
  return {
    ...selectorLabels(state),
    'app.kubernetes.io/version': imageTag,
    'app.kubernetes.io/managed-by': 'Helm',
    'helm.sh/chart': `${state.service.name}-0.1.0`,
    'runway.dev/environment': state.environment,
  };
}

/** A namespaced object's metadata; the namespace is the service's (its ArgoCD destination). */
export function objectMeta(
  world: DemoWorld,
  state: DemoWorkloadState,
  kind: string,
  name: string,
  createdAt: string,
  extra: Partial<DemoKubernetesObject['metadata']> = {},
): DemoKubernetesObject['metadata'] {
  return {
    name,
    namespace: state.service.name,
    uid: uid(world, state.environment, state.service.name, kind, name),
    resourceVersion: resourceVersion(world.now, name.length),
    creationTimestamp: createdAt,
    labels: chartLabels(state, state.stable.imageTag),
    ...extra,
  };
}

export function ownerReference(owner: DemoKubernetesObject) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}
