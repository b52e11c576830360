/** A change drawn as a vertical marker. @public */
export interface TimelineMarker {
  at: string;
  kind: 'deploy' | 'rollback' | 'flag';
  label: string;
}

/** An incident drawn as a shaded span; `end` absent while it is open. @public */
export interface TimelineSpan {
  start: string;
  end?: string;
  label: string;
}

/**
 * Why a kind of event is missing: grey text under the timeline, never silence, so
 * "no flag data" is not read as "no flag changes".
 *
 * @public
 */
export interface TimelineGap {
  kind: 'deploys' | 'flags' | 'incidents';
  reason: string;
}
