import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { sloApiRef } from './api/SloApi';
import { SloClient } from './api/SloClient';
import { rootRouteRef } from './routes';

/** @public */
export const sloApi = ApiBlueprint.make({
  name: 'slo-api',
  params: defineParams =>
    defineParams({
      api: sloApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SloClient({ discoveryApi, fetchApi }),
    }),
});

/** The "SLOs" tab of a service. @public */
export const entitySlosContent = EntityContentBlueprint.make({
  name: 'slos',
  params: {
    path: 'slos',
    title: 'SLOs',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntitySlosContent').then(m => (
        <m.EntitySlosContent />
      )),
  },
});

/** @public */
export const entitySloCard = EntityCardBlueprint.make({
  name: 'slo',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntitySloCard').then(m => <m.EntitySloCard />),
  },
});

/** @public */
export const sloPage = PageBlueprint.make({
  name: 'slo',
  params: {
    path: '/slo',
    title: 'SLOs',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/SloOverviewPage').then(m => <m.SloOverviewPage />),
  },
});

/**
 * SLOs: error budgets and burn rates from Sloth specs and Prometheus.
 *
 * @public
 */
export const sloPlugin = createFrontendPlugin({
  pluginId: 'slo',
  info: { packageJson: () => import('../package.json') },
  extensions: [sloApi, entitySlosContent, entitySloCard, sloPage],
  routes: { root: rootRouteRef },
});
