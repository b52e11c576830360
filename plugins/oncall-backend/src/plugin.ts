import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notConfiguredRouter, StaleCache } from '@runway/runway-node';
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
        const choice = createAlertSource(config, logger);
        if (choice.off) {
          httpRouter.use(notConfiguredRouter('oncall', choice.keys));
          return;
        }
        const oncall = new OncallService({
          source: choice.source,
          catalog,
          runbooks: new RunbookReader(
            urlReader,
            new StaleCache(cache, { freshForMs: 60_000 }),
          ),
          cache: new StaleCache(cache, { freshForMs: 30_000 }),
        });
        httpRouter.use(await createRouter({ httpAuth, oncall }));
      },
    });
  },
});
