import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { deploymentsPermissions } from '@runway/plugin-deployments-common';
import { serveFamily } from '@runway/runway-node';
import { readDeploymentsConfig } from './config';
import { createRouter } from './router';
import { HttpChangeEvents } from './service/ChangeEvents';
import { DeploymentsService } from './service/DeploymentsService';
import { createDeploymentSource, REQUIRED_KEYS } from './sources/createSource';

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
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        auth,
        discovery,
        cache,
        httpAuth,
        httpRouter,
        logger,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        permissionsRegistry.addPermissions(deploymentsPermissions);
        const settings = readDeploymentsConfig(config);
        const choice = createDeploymentSource(settings, config, cache);
        if (choice.mode === 'off') {
          logger.info(
            `Deployments is off (${choice.reason}); set ${REQUIRED_KEYS.join(
              ', ',
            )} or deployments.dataSource: demo to turn it on`,
          );
        }
        await serveFamily({
          family: 'deployments',
          httpRouter,
          logger,
          choice:
            choice.mode === 'off'
              ? { off: true, keys: REQUIRED_KEYS }
              : { off: false, source: choice.source },
          serve: ({ source }) =>
            createRouter({
              httpAuth,
              permissions,
              service: new DeploymentsService({
                catalog,
                source,
                logger,
                changeEvents: new HttpChangeEvents({
                  discovery,
                  auth,
                  timeoutMs: settings.doraTimeoutMs,
                }),
                failureWindowHours: settings.failureWindowHours,
              }),
            }),
        });
      },
    });
  },
});
