import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { DeploymentsClient } from './api/DeploymentsClient';

const isArgoComponent = {
  kind: 'component',
  'metadata.annotations.argocd/app-selector': { $exists: true },
};

export const deploymentsApi = pluginBackendApi({
  name: 'deployments-api',
  api: deploymentsApiRef,
  client: DeploymentsClient,
});

export const deploymentsEntityContent = EntityContentBlueprint.make({
  name: 'deployments',
  params: {
    path: 'deployments',
    title: 'Deployments',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/DeploymentsContent').then(m => (
        <m.DeploymentsContent />
      )),
  },
});

export const deploymentsEntityCard = EntityCardBlueprint.make({
  name: 'deployments',
  params: {
    filter: isArgoComponent,
    loader: () =>
      import('./components/DeploymentsCard').then(m => <m.DeploymentsCard />),
  },
});

/**
 * Deployments: ArgoCD environments, rollouts, history, CI and DORA on each service.
 *
 * @public
 */
export const deploymentsPlugin = createFrontendPlugin({
  pluginId: 'deployments',
  info: { packageJson: () => import('../package.json') },
  extensions: [deploymentsApi, deploymentsEntityContent, deploymentsEntityCard],
});
