/**
 * Compliance family frontend: the service's Compliance tab and card, the team's tab.
 *
 * @packageDocumentation
 */
export { compliancePlugin as default } from './plugin';
export { complianceApiRef } from './api/ComplianceApi';
export type { ComplianceApi } from './api/ComplianceApi';
export { ComplianceClient } from './api/ComplianceClient';
