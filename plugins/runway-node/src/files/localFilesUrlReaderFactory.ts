import { createServiceFactory } from '@backstage/backend-plugin-api';
import { urlReaderFactoriesServiceRef } from '@backstage/backend-defaults/urlReader';
import { LocalFolderUrlReader } from './LocalFolderUrlReader';

/**
 * Adds the local-folder reader to coreServices.urlReader:
 * `backend.add(localFilesUrlReaderFactory)`, with `runway.localFiles.allowedRoots` set.
 *
 * @public
 */
export const localFilesUrlReaderFactory = createServiceFactory({
  service: urlReaderFactoriesServiceRef,
  deps: {},
  async factory() {
    return LocalFolderUrlReader.factory;
  },
});
