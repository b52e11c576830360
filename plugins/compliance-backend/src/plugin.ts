import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { compliancePermissions } from '@runway/plugin-compliance-common';
import { serveFamily } from '@runway/runway-node';
import { readComplianceConfig } from './config';
import { createRouter } from './router';
import { ComplianceRefresher } from './service/ComplianceRefresher';
import { ComplianceService } from './service/ComplianceService';
import { ComplianceStore } from './service/ComplianceStore';
import { createComplianceSource } from './sources/createSource';

/**
 * Compliance and recovery posture: a scheduled refresh reads Security Hub, AWS Config,
 * AWS Backup and CloudTrail (or the demo world) into the plugin's database; the routes
 * serve page views from there.
 *
 * @public
 */
export const compliancePlugin = createBackendPlugin({
  pluginId: 'compliance',
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
      async init(deps) {
        const { config, logger, scheduler } = deps;
        deps.permissionsRegistry.addPermissions(compliancePermissions);
        const settings = readComplianceConfig(config);
        // Off: no refresh is scheduled and every route answers the typed 503.
        await serveFamily({
          family: 'compliance',
          httpRouter: deps.httpRouter,
          logger,
          choice: createComplianceSource(config, settings, logger),
          serve: async ({ source }) => {
            const store = await ComplianceStore.create(deps.database);
            const refresher = new ComplianceRefresher({
              source,
              store,
              logger,
            });
            // Scope 'global': the scheduler's lock lets one instance refresh at a time.
            await scheduler.scheduleTask({
              id: 'compliance-refresh',
              scope: 'global',
              ...readComplianceConfig(config, source.kind).schedule,
              fn: async () => {
                await refresher.refresh();
              },
            });
            return createRouter({
              httpAuth: deps.httpAuth,
              compliance: new ComplianceService(
                store,
                deps.catalog,
                deps.permissions,
                settings.tagKey,
                settings,
              ),
            });
          },
        });
      },
    });
  },
});
