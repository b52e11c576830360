import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily, StaleCache } from '@runway/runway-node';
import { createRouter } from './router';
import { FlagsService } from './service/FlagsService';
import { createFlagSource } from './sources/createSource';

/**
 * Feature flags per service and environment, from Unleash (or the demo world).
 *
 * @public
 */
export const flagsPlugin = createBackendPlugin({
  pluginId: 'flags',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({ config, cache, httpAuth, httpRouter, logger, catalog }) {
        await serveFamily({
          family: 'flags',
          httpRouter,
          logger,
          choice: createFlagSource(config, logger),
          serve: ({ source, cacheSeconds }) =>
            createRouter({
              httpAuth,
              flags: new FlagsService({
                catalog,
                source,
                cache: new StaleCache(cache, {
                  freshForMs: cacheSeconds * 1000,
                  logger,
                }),
              }),
            }),
        });
      },
    });
  },
});
