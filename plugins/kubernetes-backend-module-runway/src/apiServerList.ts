import { ObjectToFetch } from '@backstage/plugin-kubernetes-node';
import { matchLabelSelector } from './labelSelector';

/** The part of a Kubernetes object a list call filters on. */
export interface ListableObject {
  apiVersion: string;
  kind: string;
  metadata: {
    namespace?: string;
    labels?: Record<string, string>;
    resourceVersion?: string;
  };
}

/** What `kubectl` guesses too: Pod → pods, Ingress → ingresses. */
export function pluralOf(kind: string) {
  const lower = kind.toLowerCase();
  return lower.endsWith('s') ? `${lower}es` : `${lower}s`;
}

const groupVersion = (r: Pick<ObjectToFetch, 'group' | 'apiVersion'>) =>
  r.group ? `${r.group}/${r.apiVersion}` : r.apiVersion;

/**
 * The body a Kubernetes API server answers to a list call
 * (`GET /apis/<group>/<version>[/namespaces/<ns>]/<plural>?labelSelector=…`): a `<Kind>List`
 * of the matching objects. Built-in types' items carry no `kind`/`apiVersion` (the API
 * server drops them in lists); custom resources' items keep them.
 */
export function apiServerList(
  objects: readonly ListableObject[],
  resource: Pick<ObjectToFetch, 'group' | 'apiVersion' | 'plural'>,
  query: { namespace?: string; labelSelector?: string; builtIn: boolean },
) {
  const gv = groupVersion(resource);
  const matches = matchLabelSelector(query.labelSelector);
  const items = objects.filter(
    o =>
      o.apiVersion === gv &&
      pluralOf(o.kind) === resource.plural &&
      (!query.namespace || o.metadata.namespace === query.namespace) &&
      matches(o.metadata.labels),
  );
  const kind = items[0]?.kind ?? kindFromPlural(resource.plural);
  const resourceVersion = items
    .map(o => Number(o.metadata.resourceVersion ?? 0))
    .reduce((a, b) => Math.max(a, b), 1);
  return {
    kind: `${kind}List`,
    apiVersion: gv,
    metadata: { resourceVersion: String(resourceVersion) },
    items: query.builtIn
      ? items.map(({ kind: _k, apiVersion: _v, ...rest }) => rest)
      : items,
  };
}

const KINDS: Record<string, string> = {
  pods: 'Pod',
  services: 'Service',
  configmaps: 'ConfigMap',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  horizontalpodautoscalers: 'HorizontalPodAutoscaler',
  ingresses: 'Ingress',
  rollouts: 'Rollout',
};

function kindFromPlural(plural: string) {
  return KINDS[plural] ?? plural;
}
