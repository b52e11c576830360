import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { deploymentsPermissions } from '@runway/plugin-deployments-common';
import { createRouter } from './router';
import { DeploymentsService } from './service/DeploymentsService';
import { createDeploymentSource } from './sources/createSource';

/**
 * The Deployments family's backend: ArgoCD environments, rollouts and history, CI runs
 * and DORA, from ArgoCD + GitHub Actions or the demo world.
 *
 * @public
 */
export const deploymentsPlugin = createBackendPlugin({
  pluginId: 'deployments',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        cache,
        httpAuth,
        httpRouter,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        permissionsRegistry.addPermissions(deploymentsPermissions);
        const service = new DeploymentsService({
          catalog,
          source: createDeploymentSource(config, cache),
        });
        httpRouter.use(await createRouter({ httpAuth, permissions, service }));
      },
    });
  },
});
