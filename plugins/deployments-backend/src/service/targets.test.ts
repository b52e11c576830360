import { targetOf } from './targets';

const entity = (annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-api', annotations },
});

describe('targetOf', () => {
  const selector = {
    'argocd/app-selector': 'app.kubernetes.io/name=checkout-api',
  };

  it('reads the ArgoCD selector and the GitHub slug', () => {
    expect(
      targetOf(
        entity({
          ...selector,
          'github.com/project-slug': 'runway-demo/checkout-api',
        }),
      ),
    ).toEqual({
      entityRef: 'component:default/checkout-api',
      selector: 'app.kubernetes.io/name=checkout-api',
      projectSlug: 'runway-demo/checkout-api',
    });
  });

  it.each(['a/b/../../orgs/x', 'a/b?per_page=1', 'just-a-name', 'a/b/c'])(
    'ignores a slug that is not owner/repo (%s): it would become part of a GitHub API path',
    slug => {
      expect(
        targetOf(entity({ ...selector, 'github.com/project-slug': slug }))
          ?.projectSlug,
      ).toBeUndefined();
    },
  );

  it('reads an app name with its namespace and instance', () => {
    expect(
      targetOf(
        entity({
          'argocd/app-name': 'checkout-api-prod',
          'argocd/app-namespace': 'team-apps',
          'argocd/instance-name': 'eu',
        }),
      ),
    ).toEqual({
      entityRef: 'component:default/checkout-api',
      appName: 'checkout-api-prod',
      appNamespace: 'team-apps',
      instance: 'eu',
    });
  });

  it('has no target without an ArgoCD annotation', () => {
    expect(
      targetOf(entity({ 'github.com/project-slug': 'a/b' })),
    ).toBeUndefined();
  });
});
