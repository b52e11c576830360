import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily, StaleCache } from '@runway/runway-node';
import { AdrReader } from './adr/AdrReader';
import { readAdrConfig } from './config';
import { createRouter } from './router';
import { createAdrSource } from './sources/createSource';

/**
 * Architecture decision records (MADR 2 and 3) read from each service's repository.
 *
 * @public
 */
export const adrPlugin = createBackendPlugin({
  pluginId: 'adr',
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
          family: 'adr',
          httpRouter,
          logger,
          choice: createAdrSource(readAdrConfig(config), logger),
          serve: ({ kind }) => {
            const adrs = new AdrReader(
              urlReader,
              new StaleCache(cache, { freshForMs: 5 * 60_000 }),
              logger,
            );
            return createRouter({ httpAuth, catalog, adrs, kind });
          },
        });
      },
    });
  },
});
