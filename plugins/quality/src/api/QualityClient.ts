import {
  EntityQualityResponse,
  QualitySummariesResponse,
} from '@runway/plugin-quality-common';
import {
  PluginBackendClient,
  PluginBackendClientDeps,
} from '@runway/runway-react';
import { QualityApi } from './QualityApi';

/** Talks to `/api/quality`. @public */
export class QualityClient implements QualityApi {
  private readonly backend: PluginBackendClient;

  constructor(deps: PluginBackendClientDeps) {
    this.backend = new PluginBackendClient('quality', deps);
  }

  getEntity(entityRef: string) {
    return this.backend.get<EntityQualityResponse>('/entity', { entityRef });
  }

  getSummaries(entityRefs: string[]) {
    return this.backend.post<QualitySummariesResponse>('/batch', {
      entityRefs,
    });
  }
}
