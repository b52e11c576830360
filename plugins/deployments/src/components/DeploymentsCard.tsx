import Typography from '@material-ui/core/Typography';
import Box from '@material-ui/core/Box';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { HealthChip } from './HealthChip';
import { shortRevision, timeAgo } from './format';

/** Overview card: prod health and the last deploy, from the cheap batch endpoint. */
export function DeploymentsCard() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(deploymentsApiRef);
  const { value, loading, error } = useAsync(
    () => api.getSummaries([entityRef]),
    [api, entityRef],
  );

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="Deployments unavailable" />;
  else {
    const item = value?.data.items[0];
    const last = item?.lastDeploy;
    body =
      !item || item.error ? (
        <Typography color="textSecondary">
          {item?.error ?? 'No deployments found'}
        </Typography>
      ) : (
        <>
          <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
            <Typography variant="subtitle2">prod</Typography>
            {item.prod ? (
              <HealthChip health={item.prod.health} />
            ) : (
              <Typography>not deployed</Typography>
            )}
            {item.prod && (
              <Typography variant="body2">
                {item.prod.imageTag ?? shortRevision(item.prod.revision)}
              </Typography>
            )}
          </Box>
          {last && (
            <Typography variant="body2" data-testid="last-deploy">
              Last deploy: {last.environment}{' '}
              {last.imageTag ?? shortRevision(last.revision)}{' '}
              {timeAgo(last.deployedAt)}
              {last.deployedBy ? ` by ${last.deployedBy}` : ''}
              {last.kind === 'rollback' ? ' (rollback)' : ''}
            </Typography>
          )}
        </>
      );
  }
  return (
    <InfoCard
      title="Deployments"
      action={value ? <SourceBadge source={value.source} /> : undefined}
    >
      {body}
    </InfoCard>
  );
}
