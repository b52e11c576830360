import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily, StaleCache } from '@runway/runway-node';
import { readSloConfig } from './config';
import { createRouter } from './router';
import { SloService } from './service/SloService';
import { createSloSource } from './sources/createSource';
import { SpecReader } from './spec/SpecReader';

/**
 * SLOs from Sloth specs and Prometheus (or the demo world).
 *
 * @public
 */
export const sloPlugin = createBackendPlugin({
  pluginId: 'slo',
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
          family: 'slo',
          httpRouter,
          logger,
          choice: createSloSource(readSloConfig(config), config, logger),
          serve: ({ source }) => {
            const slos = new SloService({
              catalog,
              // Specs change rarely: 10 minutes keeps 500 services far below GitHub's rate limit.
              specs: new SpecReader(
                urlReader,
                new StaleCache(cache, { freshForMs: 10 * 60_000, logger }),
              ),
              source,
              // No logger here: the service logs each failed measurement once.
              cache: new StaleCache(cache, { freshForMs: 60_000 }),
              logger,
            });
            return createRouter({ httpAuth, slos });
          },
        });
      },
    });
  },
});
