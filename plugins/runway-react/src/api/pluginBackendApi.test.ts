import {
  createApiRef,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  clientFromApiExtension,
  missingExtensions,
} from '../__testUtils__/extensionTesting';
import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from './PluginBackendClient';
import { pluginBackendApi } from './pluginBackendApi';

interface EchoApi {
  getThing(id: string): Promise<{ id: string }>;
}

class EchoClient implements EchoApi {
  private readonly backend: PluginBackendClient;
  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('echo', deps);
  }
  getThing(id: string) {
    return this.backend.get<{ id: string }>('/things', { id });
  }
}

const echoApiRef = createApiRef<EchoApi>({ id: 'plugin.echo.service' });

describe('pluginBackendApi', () => {
  it('names the extension api:<pluginId>/<name> once the plugin holds it', () => {
    const echoApi = pluginBackendApi({
      name: 'echo-api',
      api: echoApiRef,
      client: EchoClient,
    });
    const plugin = createFrontendPlugin({
      pluginId: 'echo',
      extensions: [echoApi],
    });
    expect(
      missingExtensions(plugin, ['api:echo/echo-api', 'api:echo/other-api']),
    ).toEqual(['api:echo/other-api']);
  });

  it("builds the client from the app's discovery and fetch", async () => {
    const { client, fetch } = clientFromApiExtension(
      pluginBackendApi({
        name: 'echo-api',
        api: echoApiRef,
        client: EchoClient,
      }),
      echoApiRef,
      { id: 'a' },
    );
    expect(client).toBeInstanceOf(EchoClient);
    await expect(client.getThing('a')).resolves.toEqual({ id: 'a' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend.test/api/echo/things?id=a',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
