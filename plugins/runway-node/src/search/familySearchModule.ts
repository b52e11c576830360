import {
  AuthService,
  CacheService,
  coreServices,
  createBackendModule,
  ExtensionPoint,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { readFamilyDataSource } from '../dataSource';

/**
 * The part of search's `searchIndexRegistryExtensionPoint` a family module uses. Typed
 * here (the plugin passes the real extension point) so runway-node does not depend on the
 * search backend.
 *
 * @public
 */
export interface FamilyCollatorRegistry<F> {
  addCollator(options: {
    schedule: SchedulerServiceTaskRunner;
    factory: F;
  }): void;
}

/** What a family's collator factory is built from. @public */
export interface FamilyCollatorDeps {
  auth: AuthService;
  cache: CacheService;
  urlReader: UrlReaderService;
  catalog: CatalogService;
}

/** @public */
export interface FamilySearchModuleOptions<F> {
  /** The family whose `<family>.dataSource: off` also switches its indexing off. */
  family: string;
  moduleId: string;
  /** `searchIndexRegistryExtensionPoint` from `@backstage/plugin-search-backend-node/alpha`. */
  indexRegistry: ExtensionPoint<FamilyCollatorRegistry<F>>;
  factory: (deps: FamilyCollatorDeps) => F;
}

/**
 * A search backend module that indexes one family's documents (ADRs, runbooks) hourly,
 * and nothing while the family is switched off.
 *
 * @public
 */
export function createFamilySearchModule<F>(
  options: FamilySearchModuleOptions<F>,
) {
  return createBackendModule({
    pluginId: 'search',
    moduleId: options.moduleId,
    register(env) {
      env.registerInit({
        deps: {
          config: coreServices.rootConfig,
          indexRegistry: options.indexRegistry,
          scheduler: coreServices.scheduler,
          auth: coreServices.auth,
          cache: coreServices.cache,
          urlReader: coreServices.urlReader,
          catalog: catalogServiceRef,
        },
        async init({ config, indexRegistry, scheduler, ...deps }) {
          if (readFamilyDataSource(config, options.family) === 'off') return;
          indexRegistry.addCollator({
            schedule: scheduler.createScheduledTaskRunner({
              frequency: { hours: 1 },
              timeout: { minutes: 15 },
              initialDelay: { seconds: 30 },
            }),
            factory: options.factory(deps),
          });
        },
      });
    },
  });
}
