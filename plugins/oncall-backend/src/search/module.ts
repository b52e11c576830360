import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { readFamilyDataSource, StaleCache } from '@runway/runway-node';
import { RunbookReader } from '../service/RunbookReader';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

/**
 * Indexes runbooks in Backstage search (hourly).
 *
 * @public
 */
export const searchModuleRunbooks = createBackendModule({
  pluginId: 'search',
  moduleId: 'runway-runbooks',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        indexRegistry: searchIndexRegistryExtensionPoint,
        scheduler: coreServices.scheduler,
        auth: coreServices.auth,
        cache: coreServices.cache,
        urlReader: coreServices.urlReader,
        catalog: catalogServiceRef,
      },
      async init({
        config,
        indexRegistry,
        scheduler,
        auth,
        cache,
        urlReader,
        catalog,
      }) {
        // An explicitly switched-off family is not indexed either.
        if (readFamilyDataSource(config, 'oncall') === 'off') return;
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner({
            frequency: { hours: 1 },
            timeout: { minutes: 15 },
            initialDelay: { seconds: 30 },
          }),
          factory: new RunbookCollatorFactory({
            catalog,
            auth,
            runbooks: new RunbookReader(
              urlReader,
              new StaleCache(cache, { freshForMs: 10 * 60_000 }),
            ),
          }),
        });
      },
    });
  },
});
