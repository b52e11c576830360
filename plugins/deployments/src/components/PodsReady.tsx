import useAsync from 'react-use/esm/useAsync';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  KubernetesApi,
  KubernetesAuthProvidersApi,
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { Text } from '@backstage/ui';

/** The label Runway's chart puts on every object it renders (`service.labels`). */
const ENVIRONMENT_LABEL = 'runway.dev/environment';
const REUSE_MS = 10_000;

type ObjectsByEntityResponse = Awaited<
  ReturnType<KubernetesApi['getObjectsByEntity']>
>;
type KubernetesRequestBody = Parameters<KubernetesApi['getObjectsByEntity']>[0];
type Pod = { metadata?: { labels?: Record<string, string> }; status?: any };

// One kubernetes-backend call serves every environment row of the tab (dev, staging, prod).
const recent = new WeakMap<
  KubernetesApi,
  Map<string, { at: number; objects: Promise<ObjectsByEntityResponse> }>
>();

/** Asks kubernetes-backend for the entity's objects as Backstage's own tab does. */
function objectsByEntity(
  kubernetesApi: KubernetesApi,
  authProviders: KubernetesAuthProvidersApi,
  entity: Entity,
): Promise<ObjectsByEntityResponse> {
  const byEntity = recent.get(kubernetesApi) ?? new Map();
  recent.set(kubernetesApi, byEntity);
  const key = stringifyEntityRef(entity);
  const hit = byEntity.get(key);
  if (hit && Date.now() - hit.at < REUSE_MS) return hit.objects;
  const objects = (async () => {
    const clusters = await kubernetesApi.getClusters();
    let body: KubernetesRequestBody = { entity };
    for (const provider of new Set(
      clusters.map(
        c =>
          `${c.authProvider}${
            c.oidcTokenProvider ? `.${c.oidcTokenProvider}` : ''
          }`,
      ),
    )) {
      body = await authProviders.decorateRequestBodyForAuth(provider, body);
    }
    return kubernetesApi.getObjectsByEntity({ entity, auth: body.auth ?? {} });
  })();
  byEntity.set(key, { at: Date.now(), objects });
  objects.catch(() => byEntity.delete(key));
  return objects;
}

function isReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some(
    (c: { type?: string; status?: string }) =>
      c.type === 'Ready' && c.status === 'True',
  );
}

/**
 * Counts one environment's pods and their ready ones. `undefined` (no data) when no
 * cluster lists a pod of that environment, or when a cluster failed: a partial count
 * would read as a healthy environment.
 */
export function countPodsReady(
  response: ObjectsByEntityResponse,
  environment: string,
): { ready: number; total: number } | undefined {
  if (response.items.some(item => item.errors.length > 0)) return undefined;
  const pods = response.items
    .flatMap(item => item.resources)
    .filter(r => r.type === 'pods')
    .flatMap(r => r.resources as Pod[])
    .filter(pod => pod.metadata?.labels?.[ENVIRONMENT_LABEL] === environment);
  if (pods.length === 0) return undefined;
  return { ready: pods.filter(isReady).length, total: pods.length };
}

/** @public */
export interface PodsReadyProps {
  /** The environment's name, as the chart labels its pods (`runway.dev/environment`). */
  environment: string;
}

/**
 * "pods ready x/y" for one environment of the entity on the page, from the same
 * kubernetes-backend the Kubernetes tab reads; grey "no data" when it has none or fails.
 *
 * @public
 */
export function PodsReady({ environment }: PodsReadyProps) {
  const apis = useApiHolder();
  const kubernetesApi = apis.get(kubernetesApiRef);
  const authProviders = apis.get(kubernetesAuthProvidersApiRef);
  // An app without Backstage's Kubernetes plugin has no pods to count: say nothing.
  if (!kubernetesApi || !authProviders) return null;
  return (
    <PodsReadyCount
      environment={environment}
      kubernetesApi={kubernetesApi}
      authProviders={authProviders}
    />
  );
}

function PodsReadyCount({
  environment,
  kubernetesApi,
  authProviders,
}: PodsReadyProps & {
  kubernetesApi: KubernetesApi;
  authProviders: KubernetesAuthProvidersApi;
}) {
  const { entity } = useEntity();
  const state = useAsync(
    () => objectsByEntity(kubernetesApi, authProviders, entity),
    [kubernetesApi, authProviders, entity],
  );
  const testId = `pods-ready-${environment}`;
  if (state.loading) return null;
  const count = state.value && countPodsReady(state.value, environment);
  if (!count) {
    return (
      <Text
        as="span"
        variant="body-small"
        color="secondary"
        data-testid={testId}
        title={state.error?.message ?? 'The Kubernetes backend lists no pods'}
      >
        pods: no data
      </Text>
    );
  }
  return (
    <Text
      as="span"
      variant="body-small"
      color={count.ready === count.total ? 'success' : 'warning'}
      data-testid={testId}
    >
      pods ready {count.ready}/{count.total}
    </Text>
  );
}
