import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { securityPermissions } from '@runway/plugin-security-common';
import { serveFamily } from '@runway/runway-node';
import { readSecurityConfig } from './config';
import { ReportIngester } from './ingest/ReportIngester';
import { createRouter } from './router';
import { FindingStore } from './service/FindingStore';
import { Refresher } from './service/Refresher';
import { SecurityService } from './service/SecurityService';
import { createSecuritySource } from './sources/createSource';

/**
 * Security findings per service: AWS ECR / Inspector / Security Hub (or the demo world)
 * on a schedule, plus Trivy and SARIF reports posted by CI.
 *
 * @public
 */
export const securityPlugin = createBackendPlugin({
  pluginId: 'security',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, catalog, auth } = deps;
        deps.permissionsRegistry.addPermissions(securityPermissions);
        const settings = readSecurityConfig(config);
        // Off: no refresh is scheduled and every route answers the typed 503.
        await serveFamily({
          family: 'security',
          httpRouter: deps.httpRouter,
          logger,
          choice: await createSecuritySource(config, logger),
          serve: async ({ source }) => {
            const store = await FindingStore.create(deps.database);
            const refresher = new Refresher({
              catalog,
              auth,
              source,
              store,
              logger,
              budgetMs: settings.refreshBudgetMs,
            });
            await scheduler.scheduleTask({
              id: 'security-refresh',
              ...settings.schedule,
              initialDelay: settings.schedule.initialDelay ?? {
                seconds: source.kind === 'demo' ? 5 : 60,
              },
              fn: async () => {
                await refresher.refreshAll();
              },
            });
            await scheduler.scheduleTask({
              id: 'security-refresh-new-services',
              ...settings.newServicesSchedule,
              fn: async () => {
                await refresher.refreshNew();
              },
            });
            return createRouter({
              httpAuth: deps.httpAuth,
              auth,
              permissions: deps.permissions,
              catalog,
              store,
              service: new SecurityService(store, settings.gates, source),
              ingester: new ReportIngester(store),
              maxReportBytes: settings.maxReportBytes,
            });
          },
        });
      },
    });
  },
});
