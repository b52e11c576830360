import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { costApiRef } from './api/CostApi';
import { CostClient } from './api/CostClient';

/** @public */
export const costApi = pluginBackendApi({
  name: 'cost-api',
  api: costApiRef,
  client: CostClient,
});

/** The "Cost" tab of a service. @public */
export const entityCostContent = EntityContentBlueprint.make({
  name: 'cost',
  params: {
    path: 'cost',
    title: 'Cost',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityCostContent').then(m => (
        <m.EntityCostContent />
      )),
  },
});

/** The "Cost" tab of a team (Group): its services ranked. @public */
export const teamCostContent = EntityContentBlueprint.make({
  name: 'team-cost',
  params: {
    path: 'cost',
    title: 'Cost',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/TeamCostContent').then(m => <m.TeamCostContent />),
  },
});

/** @public */
export const entityCostCard = EntityCardBlueprint.make({
  name: 'cost',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityCostCard').then(m => <m.EntityCostCard />),
  },
});

/** @public */
export const costPlugin = createFrontendPlugin({
  pluginId: 'cost',
  info: { packageJson: () => import('../package.json') },
  extensions: [costApi, entityCostContent, teamCostContent, entityCostCard],
});
