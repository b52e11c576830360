/**
 * Frontend pieces every Runway family shares.
 *
 * @packageDocumentation
 */

export { SourceBadge } from './SourceBadge';
export type { SourceBadgeProps } from './SourceBadge';
