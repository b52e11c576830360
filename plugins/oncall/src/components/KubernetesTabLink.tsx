import { useRouteRef } from '@backstage/core-plugin-api';
import {
  entityRouteParams,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { Link } from '@backstage/ui';

/** @public */
export interface KubernetesTabLinkProps {
  /** The alert's service, e.g. `component:default/payments-api`. */
  entityRef: string;
}

/**
 * From an alert to what runs: the service's Kubernetes tab (Backstage's Kubernetes
 * plugin), where a restarting or OOMKilled pod shows.
 *
 * @public
 */
export function KubernetesTabLink({ entityRef }: KubernetesTabLinkProps) {
  const entityRoute = useRouteRef(entityRouteRef);
  const href = `${entityRoute(
    entityRouteParams(entityRef, { encodeParams: true }),
  )}/kubernetes`;
  return (
    <Link href={href} data-testid="kubernetes-tab-link">
      Pods and workloads on Kubernetes
    </Link>
  );
}
