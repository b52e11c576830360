import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily, StaleCache } from '@runway/runway-node';
import { readOncallConfig } from './config';
import { createRouter } from './router';
import { IncidentService } from './service/IncidentService';
import { OncallService } from './service/OncallService';
import { RunbookReader } from './service/RunbookReader';
import { createIncidentSource } from './sources/createIncidentSource';
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
        auth: coreServices.auth,
        cache: coreServices.cache,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        auth,
        cache,
        httpAuth,
        httpRouter,
        urlReader,
        logger,
        catalog,
      }) {
        const settings = readOncallConfig(config);
        await serveFamily({
          family: 'oncall',
          httpRouter,
          logger,
          choice: createAlertSource(settings, config, logger),
          serve: ({ source }) => {
            const oncall = new OncallService({
              source,
              catalog,
              runbooks: new RunbookReader(
                urlReader,
                new StaleCache(cache, { freshForMs: 60_000 }),
                logger,
              ),
              cache: new StaleCache(cache, { freshForMs: 30_000 }),
              logger,
            });
            const incidentSource = createIncidentSource(settings, config);
            const incidents =
              incidentSource &&
              new IncidentService({
                source: incidentSource,
                catalog,
                auth,
                listCache: new StaleCache(cache, {
                  freshForMs: settings.incidentsFreshForMs,
                  logger,
                }),
                detailCache: new StaleCache(cache, {
                  freshForMs: 60_000,
                  logger,
                }),
                days: settings.incidentDays,
              });
            return createRouter({ httpAuth, oncall, incidents });
          },
        });
      },
    });
  },
});
