import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { pluginBackendApi } from '@runway/runway-react';
import { flagsApiRef } from './api/FlagsApi';
import { FlagsClient } from './api/FlagsClient';

const isService = { kind: 'component', 'spec.type': 'service' };

export const flagsApi = pluginBackendApi({
  name: 'flags-api',
  api: flagsApiRef,
  client: FlagsClient,
});

export const flagsEntityContent = EntityContentBlueprint.make({
  name: 'flags',
  params: {
    path: 'flags',
    title: 'Flags',
    filter: isService,
    loader: () =>
      import('./components/FlagsContent').then(m => <m.FlagsContent />),
  },
});

/** The "Flags" tab of a team (Group): its services' flags, stale debt first. */
export const teamFlagsContent = EntityContentBlueprint.make({
  name: 'team-flags',
  params: {
    path: 'flags',
    title: 'Flags',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/TeamFlagsContent').then(m => <m.TeamFlagsContent />),
  },
});

export const flagsEntityCard = EntityCardBlueprint.make({
  name: 'flags',
  params: {
    filter: isService,
    loader: () => import('./components/FlagsCard').then(m => <m.FlagsCard />),
  },
});

/**
 * Feature flags: per service and environment, with rollouts, stale flags and changes.
 *
 * @public
 */
export const flagsPlugin = createFrontendPlugin({
  pluginId: 'flags',
  info: { packageJson: () => import('../package.json') },
  extensions: [flagsApi, flagsEntityContent, teamFlagsContent, flagsEntityCard],
});
