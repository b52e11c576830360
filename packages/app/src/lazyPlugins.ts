import {
  createFrontendFeatureLoader,
  FrontendFeature,
} from '@backstage/frontend-plugin-api';

/**
 * Backstage plugins whose definitions import their API implementations at top level, which
 * put them in the entry bundle: catalog-import's client pulls in @octokit/rest, kubernetes
 * its kubernetes-react clients and its own copies of the frontend and core plugin APIs, the
 * scaffolder its template schema helpers. app.packages in app-config.yaml leaves them out of
 * discovery and this loader brings them in from async chunks while the app starts, so each
 * plugin keeps every extension, route and API exactly as upstream defines them.
 *
 * The kubernetes module overrides an extension of the kubernetes plugin and imports it, so
 * it comes in the same way.
 */
export const lazyPlugins = createFrontendFeatureLoader({
  loader: () => [
    import('@backstage/plugin-catalog-import/alpha'),
    import('@backstage/plugin-scaffolder/alpha'),
    // plugin-kubernetes is built against its own copy of frontend-plugin-api, whose plugin
    // type lacks `id`; the app takes it at runtime, as discovery did before.
    import('@backstage/plugin-kubernetes/alpha').then(m => ({
      default: m.default as unknown as FrontendFeature,
    })),
    import('./modules/kubernetes').then(m => ({ default: m.kubernetesModule })),
  ],
});
