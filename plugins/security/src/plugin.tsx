import {
  createFrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { securityApiRef } from './api/SecurityApi';
import { SecurityClient } from './api/SecurityClient';
import { rootRouteRef } from './routes';

const isComponent = { kind: 'component' };

export const securityApi = pluginBackendApi({
  name: 'security-api',
  api: securityApiRef,
  client: SecurityClient,
});

export const securityEntityContent = EntityContentBlueprint.make({
  name: 'security',
  params: {
    path: 'security',
    title: 'Security',
    filter: isComponent,
    loader: () =>
      import('./components/SecurityContent').then(m => <m.SecurityContent />),
  },
});

export const securityEntityCard = EntityCardBlueprint.make({
  name: 'security',
  params: {
    filter: isComponent,
    loader: () =>
      import('./components/SecurityCard').then(m => <m.SecurityCard />),
  },
});

export const securityPage = PageBlueprint.make({
  name: 'security',
  params: {
    path: '/security',
    title: 'Security',
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/SecurityOverviewPage').then(m => (
        <m.SecurityOverviewPage />
      )),
  },
});

/**
 * Security: scan findings per service (AWS scanners, CI reports), gates, suppressions.
 *
 * @public
 */
export const securityPlugin = createFrontendPlugin({
  pluginId: 'security',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    securityApi,
    securityEntityContent,
    securityEntityCard,
    securityPage,
  ],
  routes: { root: rootRouteRef },
});
