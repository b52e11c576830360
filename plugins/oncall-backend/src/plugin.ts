import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { HttpPrometheusClient } from '@runway/plugin-slo-node';
import { readDataSource, readDemoLatencyMs, StaleCache, withDemoLatency } from '@runway/runway-node';
import { createRouter } from './router';
import { OncallService } from './service/OncallService';
import { RunbookReader } from './service/RunbookReader';
import { AlertmanagerAlertSource } from './sources/AlertmanagerAlertSource';
import { AlertSource } from './sources/AlertSource';
import { DemoAlertSource } from './sources/DemoAlertSource';
import { PrometheusAlertSource } from './sources/PrometheusAlertSource';

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
        catalog: catalogServiceRef,
      },
      async init({ config, cache, httpAuth, httpRouter, urlReader, catalog }) {
        // Chosen by config, never a silent fallback: live without prometheus.url stops start-up.
        let source: AlertSource;
        if (readDataSource(config) === 'demo') {
          source = withDemoLatency(DemoAlertSource.fromConfig(config), readDemoLatencyMs(config));
        } else {
          const prometheus = HttpPrometheusClient.fromConfig(config);
          source = config.has('oncall.alertmanager.url')
            ? AlertmanagerAlertSource.fromConfig(config, prometheus)
            : new PrometheusAlertSource(prometheus);
        }
        const oncall = new OncallService({
          source,
          catalog,
          runbooks: new RunbookReader(urlReader, new StaleCache(cache, { freshForMs: 60_000 })),
          cache: new StaleCache(cache, { freshForMs: 30_000 }),
        });
        httpRouter.use(await createRouter({ httpAuth, oncall }));
      },
    });
  },
});
