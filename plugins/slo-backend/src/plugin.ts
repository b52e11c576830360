import { coreServices, createBackendPlugin } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { HttpPrometheusClient } from '@runway/plugin-slo-node';
import { readDataSource, readDemoLatencyMs, StaleCache, withDemoLatency } from '@runway/runway-node';
import { createRouter } from './router';
import { SloService } from './service/SloService';
import { DemoSloSource } from './sources/DemoSloSource';
import { PrometheusSloSource } from './sources/PrometheusSloSource';
import { SloSource } from './sources/SloSource';
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
        catalog: catalogServiceRef,
      },
      async init({ config, cache, httpAuth, httpRouter, urlReader, catalog }) {
        // No fallback: live without prometheus.url stops the backend at start-up.
        const source: SloSource =
          readDataSource(config) === 'demo'
            ? withDemoLatency(DemoSloSource.fromConfig(config), readDemoLatencyMs(config))
            : new PrometheusSloSource(HttpPrometheusClient.fromConfig(config));
        const slos = new SloService({
          catalog,
          // Specs change rarely: 10 minutes keeps 500 services far below GitHub's rate limit.
          specs: new SpecReader(urlReader, new StaleCache(cache, { freshForMs: 10 * 60_000 })),
          source,
          cache: new StaleCache(cache, { freshForMs: 60_000 }),
        });
        httpRouter.use(await createRouter({ httpAuth, slos }));
      },
    });
  },
});
