import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { oncallApiRef } from './api/OncallApi';
import { OncallClient } from './api/OncallClient';
import { alertRouteRef, rootRouteRef } from './routes';

export const oncallApi = ApiBlueprint.make({
  name: 'oncall-api',
  params: defineParams =>
    defineParams({
      api: oncallApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OncallClient({ discoveryApi, fetchApi }),
    }),
});

export const oncallPage = PageBlueprint.make({
  name: 'oncall',
  params: {
    path: '/oncall',
    title: 'On-call',
    icon: <NotificationsActiveIcon />,
    routeRef: rootRouteRef,
    loader: () => import('./components/OncallPage').then(m => <m.OncallPage />),
  },
});

export const alertPage = PageBlueprint.make({
  name: 'alert',
  params: {
    path: '/oncall/alerts/:id',
    routeRef: alertRouteRef,
    loader: () =>
      import('./components/AlertPage').then(m => <m.AlertRoutePage />),
  },
});

export const runbooksEntityContent = EntityContentBlueprint.make({
  name: 'runbooks',
  params: {
    path: 'runbooks',
    title: 'Runbooks',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/RunbooksContent').then(m => <m.RunbooksContent />),
  },
});

/**
 * On-call: what fires now, one page per alert with its runbook, and a Runbooks tab.
 *
 * @public
 */
export const oncallPlugin = createFrontendPlugin({
  pluginId: 'oncall',
  info: { packageJson: () => import('../package.json') },
  extensions: [oncallApi, oncallPage, alertPage, runbooksEntityContent],
  routes: { root: rootRouteRef, alert: alertRouteRef },
});
