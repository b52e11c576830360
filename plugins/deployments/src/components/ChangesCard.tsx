import { Deploy } from '@runway/plugin-deployments-common';
import { ChangeTimeline, useChangeEvents } from '@runway/runway-react';
import { shortRevision } from './format';

/** Prod deploys and rollbacks from the overview, with incidents and flag changes, over `days`. */
export function ChangesCard({
  entityRef,
  history,
  days,
  now = Date.now(),
}: {
  entityRef: string;
  history: Deploy[];
  days: number;
  now?: number;
}) {
  const events = useChangeEvents(entityRef);
  const deploys = history
    .filter(d => d.environment === 'prod')
    .map(d => ({
      at: d.deployedAt,
      kind: d.kind,
      label: shortRevision(d.revision),
    }));
  return (
    <ChangeTimeline
      from={now - days * 24 * 3600_000}
      to={now}
      markers={[...deploys, ...events.markers]}
      spans={events.spans}
      gaps={events.gaps}
    />
  );
}
