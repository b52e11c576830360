import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { SLO_LOCATION_ANNOTATION } from '@runway/plugin-slo-common';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { sloApiRef } from '../api/SloApi';
import { SloPanel } from './SloPanel';
import { useDeployMarkers } from './useDeployMarkers';

/** The "SLOs" tab: one panel per SLO of the entity's Sloth spec. */
export function EntitySlosContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(sloApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntitySlos(entityRef),
    [api, entityRef],
  );
  const deploys = useDeployMarkers(entityRef);

  if (loading) return <Progress />;
  if (error) return <FamilyErrorPanel error={error} title="SLOs unavailable" />;
  if (!value) return null;
  const { source, data } = value;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12}>
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <SourceBadge source={source} />
          {deploys.error && (
            <Typography
              variant="caption"
              color="textSecondary"
              data-testid="markers-unavailable"
            >
              Deploy markers unavailable: {deploys.error.message}
            </Typography>
          )}
        </Box>
      </Grid>
      {data.error && (
        <Grid item xs={12}>
          <EmptyState
            missing="info"
            title="No SLOs to show"
            description={`${data.error}. Point the ${SLO_LOCATION_ANNOTATION} annotation at a Sloth prometheus/v1 spec.`}
          />
        </Grid>
      )}
      {!data.error && data.slos.length === 0 && (
        <Grid item xs={12}>
          <EmptyState
            missing="info"
            title="No SLOs defined"
            description="The SLO spec lists no SLOs."
          />
        </Grid>
      )}
      {data.slos.map(slo => (
        <Grid item xs={12} key={slo.name}>
          <SloPanel slo={slo} markers={deploys.markers} />
        </Grid>
      ))}
    </Grid>
  );
}
