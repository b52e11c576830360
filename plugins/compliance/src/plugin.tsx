import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { complianceApiRef } from './api/ComplianceApi';
import { ComplianceClient } from './api/ComplianceClient';

/** @public */
export const complianceApi = pluginBackendApi({
  name: 'compliance-api',
  api: complianceApiRef,
  client: ComplianceClient,
});

/** The "Compliance" tab of a service. @public */
export const entityComplianceContent = EntityContentBlueprint.make({
  name: 'compliance',
  params: {
    path: 'compliance',
    title: 'Compliance',
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityComplianceContent').then(m => (
        <m.EntityComplianceContent />
      )),
  },
});

/** The "Compliance" tab of a team (Group), as the cost family shows a team. @public */
export const teamComplianceContent = EntityContentBlueprint.make({
  name: 'team-compliance',
  params: {
    path: 'compliance',
    title: 'Compliance',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/TeamComplianceContent').then(m => (
        <m.TeamComplianceContent />
      )),
  },
});

/** @public */
export const entityComplianceCard = EntityCardBlueprint.make({
  name: 'compliance',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityComplianceCard').then(m => (
        <m.EntityComplianceCard />
      )),
  },
});

/** @public */
export const compliancePlugin = createFrontendPlugin({
  pluginId: 'compliance',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    complianceApi,
    entityComplianceContent,
    teamComplianceContent,
    entityComplianceCard,
  ],
});
