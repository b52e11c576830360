import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { RunwayPermissionPolicy } from './RunwayPermissionPolicy';

export const permissionModuleRunwayPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'runway-policy',
  register({ registerInit }) {
    registerInit({
      deps: { policy: policyExtensionPoint, config: coreServices.rootConfig },
      async init({ policy, config }) {
        const leadership = config.getOptionalStringArray(
          'runway.permissions.leadershipGroups',
        ) ?? ['group:default/leadership'];
        policy.setPolicy(new RunwayPermissionPolicy(leadership));
      },
    });
  },
});
