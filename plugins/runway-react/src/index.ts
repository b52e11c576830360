/**
 * Frontend pieces every Runway family shares.
 *
 * @packageDocumentation
 */

export { SourceBadge } from './SourceBadge';
export type { SourceBadgeProps } from './SourceBadge';
export { FamilyErrorPanel, notConfiguredMessage } from './FamilyErrorPanel';
export type { FamilyErrorPanelProps } from './FamilyErrorPanel';
export { notConfiguredResponseError } from './notConfiguredResponseError';
