import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { securityPermissions } from '@runway/plugin-security-common';
import { readDataSource, readDemoLatencyMs, withDemoLatency } from '@runway/runway-node';
import { ReportIngester } from './ingest/ReportIngester';
import { createRouter } from './router';
import { FindingStore } from './service/FindingStore';
import { SeverityGates } from './service/gate';
import { Refresher } from './service/Refresher';
import { SecurityService } from './service/SecurityService';
import { AwsScanSource } from './sources/aws/AwsScanSource';
import { DemoScanSource } from './sources/DemoScanSource';
import { ScanSource } from './sources/types';

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
        const kind = readDataSource(config);
        const source: ScanSource =
          kind === 'demo' ? withDemoLatency(DemoScanSource.fromConfig(config), readDemoLatencyMs(config)) : await AwsScanSource.fromConfig(config);
        const store = await FindingStore.create(deps.database);
        const service = new SecurityService(store, SeverityGates.fromConfig(config), source);
        const refresher = new Refresher({ catalog, auth, source, store, logger });

        const minutes = config.getOptionalNumber('security.refresh.frequencyMinutes') ?? 60;
        await scheduler.scheduleTask({
          id: 'security-refresh',
          frequency: { minutes },
          timeout: { minutes: 15 },
          initialDelay: { seconds: kind === 'demo' ? 5 : 60 },
          fn: async () => {
            await refresher.refreshAll();
          },
        });

        deps.permissionsRegistry.addPermissions(securityPermissions);
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auth,
            permissions: deps.permissions,
            catalog,
            store,
            service,
            ingester: new ReportIngester(store),
            maxReportBytes: config.getOptionalNumber('security.ingest.maxBytes') ?? 10 * 1024 * 1024,
          }),
        );
      },
    });
  },
});
