import useAsync from 'react-use/esm/useAsync';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { ChangeTimeline, useChangeEvents } from '@runway/runway-react';

const DAY = 24 * 3600_000;

/** The service's last 24 h: prod deploys, rollbacks, flag changes and incidents. */
export function AlertTimeline({ entityRef }: { entityRef: string }) {
  const deployments = useApi(deploymentsApiRef);
  const history = useAsync(
    () => deployments.getDeployHistory(entityRef),
    [deployments, entityRef],
  );
  const events = useChangeEvents(entityRef);
  const now = Date.now();
  const deploys = (history.value?.data.history ?? [])
    .filter(d => d.environment === 'prod')
    .map(d => ({
      at: d.deployedAt,
      kind: d.kind,
      label: d.imageTag ?? d.revision.slice(0, 7),
    }));
  const gaps = [
    ...(history.error
      ? [{ kind: 'deploys' as const, reason: history.error.message }]
      : []),
    ...events.gaps,
  ];
  return (
    <InfoCard title="Last 24 hours">
      <ChangeTimeline
        from={now - DAY}
        to={now}
        markers={[...deploys, ...events.markers]}
        spans={events.spans}
        gaps={gaps}
      />
    </InfoCard>
  );
}
