import { createApiRef } from '@backstage/frontend-plugin-api';
import {
  ComplianceEntityResponse,
  ComplianceSummariesResponse,
  TeamComplianceResponse,
} from '@runway/plugin-compliance-common';

/** @public */
export interface ComplianceApi {
  getEntity(entityRef: string): Promise<ComplianceEntityResponse>;
  getTeam(teamRef: string): Promise<TeamComplianceResponse>;
  getBatch(entityRefs: string[]): Promise<ComplianceSummariesResponse>;
}

/** @public */
export const complianceApiRef = createApiRef<ComplianceApi>({
  id: 'plugin.compliance.service',
});
