import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  EntitySecurityResponse,
  SecuritySummariesResponse,
} from '@runway/plugin-security-common';

/** @public */
export interface SecurityApi {
  getEntity(entityRef: string): Promise<EntitySecurityResponse>;
  getSummaries(entityRefs: string[]): Promise<SecuritySummariesResponse>;
  /** Every scanned service, riskiest first. */
  getOverview(): Promise<SecuritySummariesResponse>;
  suppress(
    findingId: string,
    suppression: { reason: string; expiresAt: string },
  ): Promise<void>;
  unsuppress(findingId: string): Promise<void>;
}

/** @public */
export const securityApiRef = createApiRef<SecurityApi>({
  id: 'plugin.security.service',
});
