import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily, StaleCache } from '@runway/runway-node';
import { createRouter } from './router';
import { OncallService } from './service/OncallService';
import { RunbookReader } from './service/RunbookReader';
import { createAlertSource } from './sources/createSource';

/**
 * On-call: firing alerts matched to services, with their runbooks.
 *
 * @public
 */
export const oncallPlugin = createBackendPlugin({
  pluginId: 'oncall',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        cache,
        httpAuth,
        httpRouter,
        urlReader,
        logger,
        catalog,
      }) {
        await serveFamily({
          family: 'oncall',
          httpRouter,
          logger,
          choice: createAlertSource(config, logger),
          serve: ({ source }) => {
            const oncall = new OncallService({
              source,
              catalog,
              runbooks: new RunbookReader(
                urlReader,
                new StaleCache(cache, { freshForMs: 60_000, logger }),
              ),
              cache: new StaleCache(cache, { freshForMs: 30_000, logger }),
            });
            return createRouter({ httpAuth, oncall });
          },
        });
      },
    });
  },
});
