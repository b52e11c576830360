/**
 * Compliance family backend: Security Hub controls, AWS Config rules, AWS Backup and
 * CloudTrail, per service and team.
 *
 * @packageDocumentation
 */
export { compliancePlugin as default } from './plugin';
