import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  EntityFlagsResponse,
  FlagsSummariesResponse,
  TeamFlagsResponse,
} from '@runway/plugin-flags-common';

/** @public */
export interface FlagsApi {
  getEntity(entityRef: string): Promise<EntityFlagsResponse>;
  getSummaries(entityRefs: string[]): Promise<FlagsSummariesResponse>;
  getTeam(team: string): Promise<TeamFlagsResponse>;
}

/** @public */
export const flagsApiRef = createApiRef<FlagsApi>({
  id: 'plugin.flags.service',
});
