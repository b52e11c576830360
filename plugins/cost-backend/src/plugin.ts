import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { costPermissions } from '@runway/plugin-cost-common';
import { serveFamily } from '@runway/runway-node';
import { createRouter } from './router';
import { createCostSources } from './sources/createSource';
import { CostRefresher } from './service/CostRefresher';
import { CostService } from './service/CostService';
import { CostStore } from './service/CostStore';
import { readCostConfig } from './config';

/**
 * Cost family backend: a scheduled refresh reads the whole AWS bill into the plugin's
 * database; the routes serve page views from there.
 *
 * @public
 */
export const costPlugin = createBackendPlugin({
  pluginId: 'cost',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        httpAuth,
        httpRouter,
        permissions,
        permissionsRegistry,
        catalog,
      }) {
        permissionsRegistry.addPermissions(costPermissions);
        const settings = readCostConfig(config);
        // Off: no refresh is scheduled and every route answers the typed 503.
        await serveFamily({
          family: 'cost',
          httpRouter,
          logger,
          choice: createCostSources(config, settings, logger),
          serve: async ({ costs, requests }) => {
            const store = await CostStore.create(database);
            const refresher = new CostRefresher({
              costs,
              requests,
              store,
              logger,
              days: settings.days,
            });
            // Scope 'global': the scheduler's lock lets one instance refresh at a time.
            await scheduler.scheduleTask({
              id: 'cost-refresh',
              scope: 'global',
              ...settings.schedule,
              fn: () => refresher.refresh(),
            });
            return createRouter({
              httpAuth,
              costs: new CostService(
                store,
                catalog,
                permissions,
                settings.tagKey,
              ),
            });
          },
        });
      },
    });
  },
});
