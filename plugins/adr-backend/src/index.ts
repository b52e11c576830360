/**
 * ADR backend: MADR 2 and 3 records from each service's `backstage.io/adr-location`, and ADRs in search.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { adrPlugin } from './plugin';
import { searchModuleAdrs } from './search/module';

export { adrPlugin } from './plugin';
export { searchModuleAdrs } from './search/module';

/**
 * The plugin and its search module, so the backend's one `backend.add` of this package also
 * puts ADRs in search.
 *
 * @public
 */
export default createBackendFeatureLoader({
  *loader() {
    yield adrPlugin;
    yield searchModuleAdrs;
  },
});
