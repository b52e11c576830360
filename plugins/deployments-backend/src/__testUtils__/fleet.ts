import { readFileSync } from 'fs';
import { parse } from 'yaml';
import { upstreamFixturePath } from '@runway/runway-node';
import { DeployTarget } from '../sources/types';

/** A real ArgoCD Application (labels, a 10-entry history with full manifest sources). */
export const REAL_APPLICATION = upstreamFixturePath(
  'argocd/diff-cache.application.yaml',
);

export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/**
 * `services` × 3 environments of Applications shaped like the real one: its labels
 * (none of them `app.kubernetes.io/name`) plus `service`, `team`, `tier` and `env`.
 */
export function fleet(services: number) {
  const real = parse(readFileSync(REAL_APPLICATION, 'utf8'));
  const items = [];
  for (let i = 0; i < services; i++) {
    for (const env of ENVIRONMENTS) {
      const app = structuredClone(real);
      app.metadata.name = `svc-${i}-${env}`;
      app.metadata.labels = {
        ...real.metadata.labels,
        service: `svc-${i}`,
        team: `team-${i % 10}`,
        tier: i % 2 ? 'backend' : 'frontend',
        env,
      };
      app.spec.project = `team-${i % 10}`;
      app.spec.destination.namespace = `svc-${i}-${env}`;
      items.push(app);
    }
  }
  return { apiVersion: 'v1', metadata: {}, items };
}

/**
 * 100 entities naming their apps in every form the annotations allow, with the number
 * of environments each must find.
 */
export function fleetEntities(): Array<{
  target: DeployTarget;
  environments: number;
}> {
  const forms: Array<(i: number) => [Omit<DeployTarget, 'entityRef'>, number]> =
    [
      i => [{ selector: `service=svc-${i}` }, 3],
      i => [{ selector: `service==svc-${i},env in (dev, staging,prod)` }, 3],
      i => [{ selector: `service in (svc-${i}),tier notin (gpu)` }, 3],
      i => [
        { selector: `service=svc-${i},preview,!app.kubernetes.io/name` },
        3,
      ],
      i => [{ selector: `service=svc-${i},env notin (dev)` }, 2],
      i => [{ selector: `service=svc-${i},env!=prod,stack=gke-v2` }, 2],
      i => [{ appName: `svc-${i}-prod` }, 1],
      i => [{ appName: `svc-${i}-staging`, appNamespace: 'argo-cd' }, 1],
      i => [{ selector: `service=svc-${i},foo`, instance: 'main' }, 3],
      i => [{ selector: `env,service in (svc-${i},svc-none)` }, 3],
    ];
  return Array.from({ length: 100 }, (_, n) => {
    // spread over the 500 services so matches come from the whole list
    const i = n * 5;
    const [target, environments] = forms[n % forms.length](i);
    return {
      target: { entityRef: `component:default/svc-${i}`, ...target },
      environments,
    };
  });
}
