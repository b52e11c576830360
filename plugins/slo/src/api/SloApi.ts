import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  EntitySlosResponse,
  SloBatchResponse,
} from '@runway/plugin-slo-common';

/** The SLO backend as the browser sees it. @public */
export interface SloApi {
  /** One entity's SLOs, with their burn-down series. */
  getEntitySlos(entityRef: string): Promise<EntitySlosResponse>;
  /** Many entities at once (up to 1000), without series. */
  getBatch(entityRefs: string[]): Promise<SloBatchResponse>;
  /** Every component that declares an SLO spec. */
  getAll(): Promise<SloBatchResponse>;
}

/** @public */
export const sloApiRef = createApiRef<SloApi>({ id: 'plugin.slo.service' });
