import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { StaleCache } from '@runway/runway-node';
import { readScorecardConfig } from './config';
import { createRouter } from './router';
import { ScorecardService } from './service/ScorecardService';
import { FamilyClient } from './sources/FamilyClient';

/**
 * The leadership scorecard: reads the deployments, SLO, security and cost families'
 * batched endpoints and joins them per service, team and system.
 *
 * @public
 */
export const scorecardPlugin = createBackendPlugin({
  pluginId: 'scorecard',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        discovery: coreServices.discovery,
        cache: coreServices.cache,
        permissions: coreServices.permissions,
        userInfo: coreServices.userInfo,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        auth,
        httpAuth,
        httpRouter,
        discovery,
        cache,
        permissions,
        userInfo,
        catalog,
      }) {
        const settings = readScorecardConfig(config);
        const families = new FamilyClient({
          discovery,
          auth,
          timeoutMs: settings.familyTimeoutMs,
        });
        const scorecard = new ScorecardService({
          catalog,
          auth,
          families,
          familyCache: new StaleCache(cache, {
            freshForMs: settings.cacheSeconds * 1000,
          }),
          logger,
          targets: settings.targets,
          cacheSeconds: settings.cacheSeconds,
        });
        httpRouter.use(
          await createRouter({
            httpAuth,
            permissions,
            userInfo,
            scorecard,
          }),
        );
      },
    });
  },
});
