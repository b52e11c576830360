/**
 * On-call backend: firing alerts matched to services, their runbooks, and runbooks in search.
 *
 * @packageDocumentation
 */
import { createBackendFeatureLoader } from '@backstage/backend-plugin-api';
import { oncallPlugin } from './plugin';
import { searchModuleRunbooks } from './search/module';

export { oncallPlugin } from './plugin';
export { searchModuleRunbooks } from './search/module';

/**
 * The plugin and its search module together, so the backend's one `backend.add` of this
 * package also puts runbooks in search.
 *
 * @public
 */
export default createBackendFeatureLoader({
  *loader() {
    yield oncallPlugin;
    yield searchModuleRunbooks;
  },
});
