import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { AdrListResponse } from '@runway/plugin-adr-common';
import { AdrApi } from './AdrApi';

/** Talks to `/api/adr`. @public */
export class AdrClient implements AdrApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('adr', deps);
  }

  listAdrs(entityRef: string) {
    return this.backend.get<AdrListResponse>('/adrs', { entityRef });
  }
}
