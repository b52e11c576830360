import { useApi } from '@backstage/frontend-plugin-api';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import useAsync from 'react-use/esm/useAsync';
import { DeployMarker } from './BurnDownChart';

/**
 * Prod deploys of an entity from the deployments plugin's own API, as chart markers. A failure
 * there must not hide the SLOs: the chart is drawn without markers and the reason is returned.
 */
export function useDeployMarkers(entityRef: string): {
  markers: DeployMarker[];
  error?: Error;
} {
  const deployments = useApi(deploymentsApiRef);
  const { value, error } = useAsync(
    () => deployments.getDeployHistory(entityRef),
    [deployments, entityRef],
  );
  const markers = (value?.data.history ?? [])
    .filter(d => d.environment === 'prod')
    .map(d => ({
      at: d.deployedAt,
      kind: d.kind,
      label:
        d.kind === 'rollback'
          ? `rollback ${d.revision.slice(0, 7)}`
          : d.revision.slice(0, 7),
    }));
  return { markers, error };
}
