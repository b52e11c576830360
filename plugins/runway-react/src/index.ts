/**
 * Frontend pieces every Runway family shares.
 *
 * @packageDocumentation
 */

export { SourceBadge } from './SourceBadge';
export type { SourceBadgeProps } from './SourceBadge';
export { FamilyErrorPanel, notConfiguredMessage } from './FamilyErrorPanel';
export type { FamilyErrorPanelProps } from './FamilyErrorPanel';
export { FamilyState } from './family/FamilyState';
export type { FamilyStateProps, FamilyStatusState } from './family/FamilyState';
export { FamilyCard } from './family/FamilyCard';
export type { FamilyCardProps } from './family/FamilyCard';
export { notConfiguredResponseError } from './notConfiguredResponseError';
export { chipStyle } from './chipStyle';
export { PluginBackendClient } from './api/PluginBackendClient';
export { pluginBackendApi } from './api/pluginBackendApi';
export type { PluginBackendApiOptions } from './api/pluginBackendApi';
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
