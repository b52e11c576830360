import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  EntityQualityResponse,
  QualitySummariesResponse,
} from '@runway/plugin-quality-common';

/** @public */
export interface QualityApi {
  getEntity(entityRef: string): Promise<EntityQualityResponse>;
  getSummaries(entityRefs: string[]): Promise<QualitySummariesResponse>;
}

/** @public */
export const qualityApiRef = createApiRef<QualityApi>({
  id: 'plugin.quality.service',
});
