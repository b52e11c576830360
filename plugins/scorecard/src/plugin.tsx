import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { scorecardApiRef } from './api/ScorecardApi';
import {
  ScorecardReadoutRoute,
  ScorecardServicesRoute,
} from './components/ScorecardRoutes';
import { ScorecardClient } from './api/ScorecardClient';
import { readoutRouteRef, rootRouteRef, servicesRouteRef } from './routes';

/** @public */
export const scorecardApi = ApiBlueprint.make({
  name: 'scorecard-api',
  params: defineParams =>
    defineParams({
      api: scorecardApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ScorecardClient({ discoveryApi, fetchApi }),
    }),
});

/** The Scorecard page (nav item); its two tabs are the sub-pages below. @public */
export const scorecardPage = PageBlueprint.make({
  name: 'scorecard',
  params: {
    path: '/scorecard',
    title: 'Scorecard',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
  },
});

/** @public */
export const scorecardServicesPage = SubPageBlueprint.make({
  attachTo: scorecardPage.inputs.pages,
  name: 'services',
  params: {
    path: 'services',
    title: 'Scorecard',
    routeRef: servicesRouteRef,
    loader: async () => <ScorecardServicesRoute />,
  },
});

/** @public */
export const scorecardReadoutPage = SubPageBlueprint.make({
  attachTo: scorecardPage.inputs.pages,
  name: 'readout',
  params: {
    path: 'readout',
    title: 'Readout',
    routeRef: readoutRouteRef,
    loader: async () => <ScorecardReadoutRoute />,
  },
});

/**
 * The leadership scorecard: every service against its targets, and a printable readout.
 *
 * @public
 */
export const scorecardPlugin = createFrontendPlugin({
  pluginId: 'scorecard',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    scorecardApi,
    scorecardPage,
    scorecardServicesPage,
    scorecardReadoutPage,
  ],
  routes: {
    root: rootRouteRef,
    services: servicesRouteRef,
    readout: readoutRouteRef,
  },
});
