import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { DeployTarget } from '../sources/types';

export const ANNOTATIONS = {
  selector: 'argocd/app-selector',
  appName: 'argocd/app-name',
  appNamespace: 'argocd/app-namespace',
  instance: 'argocd/instance-name',
  projectSlug: 'github.com/project-slug',
} as const;

const PROJECT_SLUG = /^[\w.-]+\/[\w.-]+$/;

/** Reads the community's ArgoCD and GitHub annotations; undefined when the entity has none. */
export function targetOf(entity: Entity): DeployTarget | undefined {
  const a = entity.metadata.annotations ?? {};
  const target: DeployTarget = {
    entityRef: stringifyEntityRef(entity),
    ...(a[ANNOTATIONS.selector] ? { selector: a[ANNOTATIONS.selector] } : {}),
    ...(a[ANNOTATIONS.appName] ? { appName: a[ANNOTATIONS.appName] } : {}),
    ...(a[ANNOTATIONS.appNamespace]
      ? { appNamespace: a[ANNOTATIONS.appNamespace] }
      : {}),
    ...(a[ANNOTATIONS.instance] ? { instance: a[ANNOTATIONS.instance] } : {}),
    // owner/repo only: the slug becomes part of a GitHub API path called with our token.
    ...(PROJECT_SLUG.test(a[ANNOTATIONS.projectSlug] ?? '')
      ? { projectSlug: a[ANNOTATIONS.projectSlug] }
      : {}),
  };
  return target.selector || target.appName ? target : undefined;
}
