import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { createFamilySearchModule, StaleCache } from '@runway/runway-node';
import { RunbookReader } from '../service/RunbookReader';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

/**
 * Indexes runbooks in Backstage search (hourly).
 *
 * @public
 */
export const searchModuleRunbooks = createFamilySearchModule({
  family: 'oncall',
  moduleId: 'runway-runbooks',
  indexRegistry: searchIndexRegistryExtensionPoint,
  factory: ({ auth, cache, urlReader, catalog }) =>
    new RunbookCollatorFactory({
      catalog,
      auth,
      runbooks: new RunbookReader(
        urlReader,
        new StaleCache(cache, { freshForMs: 10 * 60_000 }),
      ),
    }),
});
