import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { adrApiRef } from './api/AdrApi';
import { AdrClient } from './api/AdrClient';

export const adrApi = ApiBlueprint.make({
  name: 'adr-api',
  params: defineParams =>
    defineParams({
      api: adrApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AdrClient({ discoveryApi, fetchApi }),
    }),
});

export const adrEntityContent = EntityContentBlueprint.make({
  name: 'adrs',
  params: {
    path: 'adrs',
    title: 'ADRs',
    filter: {
      kind: 'component',
      'metadata.annotations.backstage.io/adr-location': { $exists: true },
    },
    loader: () =>
      import('./components/AdrsContent').then(m => <m.AdrsContent />),
  },
});

/**
 * Architecture decision records (MADR 2 and 3) on each service's "ADRs" tab.
 *
 * @public
 */
export const adrPlugin = createFrontendPlugin({
  pluginId: 'adr',
  info: { packageJson: () => import('../package.json') },
  extensions: [adrApi, adrEntityContent],
});
