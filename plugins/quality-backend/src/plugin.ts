import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { serveFamily } from '@runway/runway-node';
import { readQualityConfig } from './config';
import { createRouter } from './router';
import { QualityService } from './service/QualityService';
import { Reports, withDemoReports } from './service/Reports';
import { ReportStore } from './service/ReportStore';
import { SloThresholdReader } from './service/SloThresholdReader';
import { createQualitySource } from './sources/createSource';
import { DemoReports } from './sources/demoReports';
import { prepareDemo } from './sources/prepareDemo';

/**
 * Test coverage, mutation score, static analysis and load tests per service, from the
 * reports CI posts (or the demo world).
 *
 * @public
 */
export const qualityPlugin = createBackendPlugin({
  pluginId: 'quality',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
        scheduler: coreServices.scheduler,
      },
      async init(deps) {
        const { config, logger } = deps;
        const settings = readQualityConfig(config);
        await serveFamily({
          family: 'quality',
          httpRouter: deps.httpRouter,
          logger,
          choice: createQualitySource(config, logger),
          serve: async ({ kind }) => {
            const posted = await ReportStore.create(deps.database);
            let store: Reports = posted;
            if (kind === 'demo') {
              // The demo world's reports are computed on read (per service, once per world),
              // not written at start-up; rows an earlier version seeded are dropped.
              const removed = await posted.removeDemo();
              if (removed)
                logger.info(`quality: ${removed} seeded demo reports removed`);
              const demo = new DemoReports(config);
              store = withDemoReports(posted, demo);
              await prepareDemo(demo, deps);
            }
            return createRouter({
              httpAuth: deps.httpAuth,
              auth: deps.auth,
              catalog: deps.catalog,
              maxReportBytes: settings.maxReportBytes,
              service: new QualityService({
                store,
                kind,
                thresholds: new SloThresholdReader(deps.urlReader),
              }),
            });
          },
        });
      },
    });
  },
});
