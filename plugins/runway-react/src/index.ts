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
export { chipStyle } from './chipStyle';
export { PluginBackendClient } from './api/PluginBackendClient';
export type {
  PluginBackendClientDeps,
  PluginBackendRequest,
  Query,
  QueryValue,
} from './api/PluginBackendClient';
export { ChangeTimeline } from './timeline/ChangeTimeline';
export type { ChangeTimelineProps } from './timeline/ChangeTimeline';
export { useChangeEvents } from './timeline/useChangeEvents';
export { fitLabels } from './timeline/TimelineLabels';
export type { LabelCandidate } from './timeline/TimelineLabels';
export type { ChangeEvents } from './timeline/useChangeEvents';
export type {
  TimelineGap,
  TimelineMarker,
  TimelineSpan,
} from './timeline/types';
