import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { InfoCard, Progress } from '@backstage/core-components';
import { FamilyErrorPanel } from '@runway/runway-react';
import { useApi } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { age } from './format';

// The deployments family's `deployments.sync` resource permission (granted to the entity's
// owners). Declared here by value: its -common package is not a dependency of this plugin.
const deploymentsSyncPermission = {
  type: 'resource',
  name: 'deployments.sync',
  attributes: { action: 'update' },
  resourceType: 'catalog-entity',
} as const;

/** The service's last prod deploys, and a rollback to the previous one for those allowed to. */
export function LastDeploys({ entityRef }: { entityRef: string }) {
  const api = useApi(deploymentsApiRef);
  const history = useAsyncRetry(
    () => api.getDeployHistory(entityRef),
    [api, entityRef],
  );
  const { allowed } = usePermission({
    permission: deploymentsSyncPermission,
    resourceRef: entityRef,
  });
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<string>();

  const prod = (history.value?.data.history ?? [])
    .filter(d => d.environment === 'prod')
    .slice(-5)
    .reverse();
  const previous = prod.find(
    (d, i) => i > 0 && d.kind === 'deploy' && !d.rolledBackAt,
  );

  const rollback = async () => {
    setConfirming(false);
    try {
      const r = await api.rollback(entityRef, 'prod', previous!.id);
      setResult(r.message);
      history.retry();
    } catch (e) {
      setResult(`Rollback failed: ${(e as Error).message}`);
    }
  };

  return (
    <InfoCard title="Last prod deploys">
      {history.loading && <Progress />}
      {history.error && (
        <FamilyErrorPanel error={history.error} title="Deploys unavailable" />
      )}
      {history.value && prod.length === 0 && (
        <Typography>No prod deploy recorded.</Typography>
      )}
      <List dense>
        {prod.map(d => (
          <ListItem key={d.id} data-testid="deploy">
            <ListItemText
              primary={`${
                d.kind === 'rollback' ? 'Rollback to' : 'Deploy of'
              } ${d.imageTag ?? d.revision.slice(0, 7)}`}
              secondary={`${age(d.deployedAt)} ago${
                d.deployedBy ? ` by ${d.deployedBy}` : ''
              }${d.rolledBackAt ? ' · rolled back' : ''}`}
            />
          </ListItem>
        ))}
      </List>
      {allowed && previous && !confirming && (
        <Button
          variant="outlined"
          color="secondary"
          onClick={() => setConfirming(true)}
        >
          Roll back
        </Button>
      )}
      {confirming && (
        <>
          <Typography variant="body2">
            Roll prod back to {previous!.imageTag ?? previous!.revision}?
          </Typography>
          <Button variant="contained" color="secondary" onClick={rollback}>
            Confirm rollback
          </Button>{' '}
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
        </>
      )}
      {result && <Typography role="status">{result}</Typography>}
    </InfoCard>
  );
}
