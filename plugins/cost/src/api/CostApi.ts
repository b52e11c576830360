import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  BatchCostResponse,
  EntityCostResponse,
  TeamCostResponse,
} from '@runway/plugin-cost-common';

/** @public */
export interface CostApi {
  getEntityCost(entityRef: string): Promise<EntityCostResponse>;
  getTeamCost(teamRef: string): Promise<TeamCostResponse>;
  getBatch(entityRefs: string[]): Promise<BatchCostResponse>;
}

/** @public */
export const costApiRef = createApiRef<CostApi>({ id: 'plugin.cost.service' });
