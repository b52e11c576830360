import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { createFamilySearchModule, StaleCache } from '@runway/runway-node';
import { AdrReader } from '../adr/AdrReader';
import { AdrCollatorFactory } from './AdrCollatorFactory';

/**
 * Indexes ADRs in Backstage search (hourly).
 *
 * @public
 */
export const searchModuleAdrs = createFamilySearchModule({
  family: 'adr',
  moduleId: 'runway-adrs',
  indexRegistry: searchIndexRegistryExtensionPoint,
  factory: ({ auth, cache, urlReader, catalog }) =>
    new AdrCollatorFactory({
      catalog,
      auth,
      adrs: new AdrReader(
        urlReader,
        new StaleCache(cache, { freshForMs: 10 * 60_000 }),
      ),
    }),
});
