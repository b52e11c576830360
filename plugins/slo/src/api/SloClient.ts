import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import {
  EntitySlosResponse,
  SloBatchResponse,
} from '@runway/plugin-slo-common';
import { SloApi } from './SloApi';

/** Talks to `/api/slo`. @public */
export class SloClient implements SloApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('slo', deps);
  }

  getEntitySlos(entityRef: string) {
    return this.backend.get<EntitySlosResponse>('/entity', { entityRef });
  }

  getBatch(entityRefs: string[]) {
    return this.backend.post<SloBatchResponse>('/batch', { entityRefs });
  }

  getAll() {
    return this.backend.get<SloBatchResponse>('/all');
  }
}
