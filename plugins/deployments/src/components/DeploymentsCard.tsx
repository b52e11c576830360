import { Flex, Text } from '@backstage/ui';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyCard } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { HealthChip } from './HealthChip';
import { shortRevision, timeAgo } from './format';

/** Overview card: prod health and the last deploy, from the cheap batch endpoint. */
export function DeploymentsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(deploymentsApiRef);
  const summary = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  return (
    <FamilyCard title="Deployments" {...summary}>
      {({ data }) => {
        const item = data.items[0];
        const last = item?.lastDeploy;
        return !item || item.error ? (
          <Text as="p" variant="body-large" color="secondary">
            {item?.error ?? 'No deployments found'}
          </Text>
        ) : (
          <>
            <Flex align="center" gap="2" mb="2">
              <Text variant="body-medium" weight="bold">
                prod
              </Text>
              {item.prod ? (
                <HealthChip health={item.prod.health} />
              ) : (
                <Text variant="body-medium">not deployed</Text>
              )}
              {item.prod && (
                <Text variant="body-medium">
                  {item.prod.imageTag ?? shortRevision(item.prod.revision)}
                </Text>
              )}
            </Flex>
            {last && (
              <Text as="p" variant="body-medium" data-testid="last-deploy">
                Last deploy: {last.environment}{' '}
                {last.imageTag ?? shortRevision(last.revision)}{' '}
                {timeAgo(last.deployedAt)}
                {last.deployedBy ? ` by ${last.deployedBy}` : ''}
                {last.kind === 'rollback' ? ' (rollback)' : ''}
              </Text>
            )}
          </>
        );
      }}
    </FamilyCard>
  );
}
