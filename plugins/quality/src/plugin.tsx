import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { qualityApiRef } from './api/QualityApi';
import { QualityClient } from './api/QualityClient';

// Services are what CI tests and load-tests; libraries and websites have no such reports.
const isService = { kind: 'component', 'spec.type': 'service' };

export const qualityApi = pluginBackendApi({
  name: 'quality-api',
  api: qualityApiRef,
  client: QualityClient,
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
