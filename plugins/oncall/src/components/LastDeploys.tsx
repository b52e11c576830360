import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { Box, Button, Flex, List, ListRow, Text } from '@backstage/ui';
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
        <Text as="p">No prod deploy recorded.</Text>
      )}
      {prod.length > 0 && (
        <Box mb="3">
          <List aria-label="Last prod deploys">
            {prod.map(d => (
              <ListRow
                key={d.id}
                id={d.id}
                data-testid="deploy"
                textValue={`${d.kind} ${d.imageTag ?? d.revision}`}
                description={`${age(d.deployedAt)} ago${
                  d.deployedBy ? ` by ${d.deployedBy}` : ''
                }${d.rolledBackAt ? ' · rolled back' : ''}`}
              >
                {`${d.kind === 'rollback' ? 'Rollback to' : 'Deploy of'} ${
                  d.imageTag ?? d.revision.slice(0, 7)
                }`}
              </ListRow>
            ))}
          </List>
        </Box>
      )}
      {allowed && previous && !confirming && (
        <Button
          variant="secondary"
          destructive
          onPress={() => setConfirming(true)}
        >
          Roll back
        </Button>
      )}
      {confirming && (
        <>
          <Text as="p" variant="body-medium">
            Roll prod back to {previous!.imageTag ?? previous!.revision}?
          </Text>
          <Flex gap="2" mt="2">
            <Button variant="primary" destructive onPress={rollback}>
              Confirm rollback
            </Button>
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              Cancel
            </Button>
          </Flex>
        </>
      )}
      {result && (
        <Box mt="2">
          <Text as="p" role="status">
            {result}
          </Text>
        </Box>
      )}
    </InfoCard>
  );
}
