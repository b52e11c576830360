import {
  ApiBlueprint,
  ApiRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import type { PluginBackendClientDeps } from './PluginBackendClient';

/** @public */
export interface PluginBackendApiOptions<TApi, TName extends string> {
  /** The extension's name, `<pluginId>-api` by convention: its id is `api:<pluginId>/<name>`. */
  name: TName;
  api: ApiRef<TApi>;
  /** The family's client: every Runway client is built from discovery and fetch alone. */
  client: new (deps: PluginBackendClientDeps) => TApi;
}

/**
 * A family's API extension: `ApiBlueprint.make` binding `api` to a `client` built from the
 * app's discovery and fetch APIs, the one declaration every Runway frontend plugin makes.
 *
 * @public
 */
export function pluginBackendApi<TApi, TName extends string>(
  options: PluginBackendApiOptions<TApi, TName>,
) {
  const { name, api, client: Client } = options;
  return ApiBlueprint.make({
    name,
    params: defineParams =>
      defineParams({
        api,
        deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
        factory: deps => new Client(deps),
      }),
  });
}
