import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { securityPermissions } from '@runway/plugin-security-common';
import { notConfiguredRouter } from '@runway/runway-node';
import { readSecuritySchedule, timeoutMsOf } from './config';
import { ReportIngester } from './ingest/ReportIngester';
import { createRouter } from './router';
import { FindingStore } from './service/FindingStore';
import { SeverityGates } from './service/gate';
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
        const schedule = readSecuritySchedule(config);
        const gates = SeverityGates.fromConfig(config);
        const chosen = await createSecuritySource(config, logger);
        if (chosen.off) {
          // Off: no refresh is scheduled and every route answers the typed 503.
          deps.httpRouter.use(notConfiguredRouter('security', chosen.keys));
          return;
        }
        const { source } = chosen;
        const store = await FindingStore.create(deps.database);
        const service = new SecurityService(store, gates, source);
        // 90 % of the timeout: services not started by then are recorded as failed, so the
        // task ends on its own with every service accounted for.
        const budgetMs = Math.floor(timeoutMsOf(schedule) * 0.9);
        const refresher = new Refresher({
          catalog,
          auth,
          source,
          store,
          logger,
          budgetMs,
        });

        await scheduler.scheduleTask({
          id: 'security-refresh',
          ...schedule,
          initialDelay: schedule.initialDelay ?? {
            seconds: source.kind === 'demo' ? 5 : 60,
          },
          fn: async () => {
            await refresher.refreshAll();
          },
        });

        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auth,
            permissions: deps.permissions,
            catalog,
            store,
            service,
            ingester: new ReportIngester(store),
            maxReportBytes:
              config.getOptionalNumber('security.ingest.maxBytes') ??
              10 * 1024 * 1024,
          }),
        );
      },
    });
  },
});
