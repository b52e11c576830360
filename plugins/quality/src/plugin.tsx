import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { qualityApiRef } from './api/QualityApi';
import { QualityClient } from './api/QualityClient';

// Services are what CI tests and load-tests; libraries and websites have no such reports.
const isService = { kind: 'component', 'spec.type': 'service' };

export const qualityApi = ApiBlueprint.make({
  name: 'quality-api',
  params: defineParams =>
    defineParams({
      api: qualityApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new QualityClient({ discoveryApi, fetchApi }),
    }),
});

export const qualityEntityContent = EntityContentBlueprint.make({
  name: 'quality',
  params: {
    path: 'quality',
    title: 'Quality',
    filter: isService,
    loader: () =>
      import('./components/QualityContent').then(m => <m.QualityContent />),
  },
});

export const qualityEntityCard = EntityCardBlueprint.make({
  name: 'quality',
  params: {
    filter: isService,
    loader: () =>
      import('./components/QualityCard').then(m => <m.QualityCard />),
  },
});

/**
 * Quality: coverage, mutation score, static analysis and load tests CI posted, per service.
 *
 * @public
 */
export const qualityPlugin = createFrontendPlugin({
  pluginId: 'quality',
  info: { packageJson: () => import('../package.json') },
  extensions: [qualityApi, qualityEntityContent, qualityEntityCard],
});
