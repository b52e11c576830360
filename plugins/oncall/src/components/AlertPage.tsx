import useAsync from 'react-use/esm/useAsync';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { oncallApiRef } from '../api/OncallApi';
import { alertRouteRef } from '../routes';
import { age } from './format';
import { LastDeploys } from './LastDeploys';
import { RunbookView } from './RunbookView';
import { SeverityChip } from './SeverityChip';

/** The routed page: reads the alert id from the URL. */
export function AlertRoutePage() {
  const { id } = useRouteRefParams(alertRouteRef);
  return <AlertPage id={id} />;
}

/** One alert: the runbook next to its labels and age, the burn rate now and the last deploys. */
export function AlertPage({ id }: { id: string }) {
  const api = useApi(oncallApiRef);
  const state = useAsync(() => api.getAlert(id), [api, id]);
  const detail = state.value?.data;

  return (
    <Page themeId="tool">
      <Header
        title={detail?.alert.alertname ?? 'Alert'}
        subtitle={detail?.alert.summary}
      />
      <Content>
        {state.loading && <Progress />}
        {state.error && (
          <FamilyErrorPanel error={state.error} title="Alert unavailable" />
        )}
        {detail && (
          <Grid container spacing={3}>
            <Grid item xs={12} md={4}>
              <InfoCard title="Alert">
                <Box display="flex" style={{ gap: 8 }} mb={1}>
                  <SeverityChip severity={detail.alert.severity} />
                  <Chip size="small" label={detail.alert.state} />
                  <SourceBadge source={state.value!.source} />
                </Box>
                <Typography data-testid="alert-age">
                  Active for {age(detail.alert.since)}
                </Typography>
                <Typography>
                  Service:{' '}
                  {detail.alert.entityRef ? (
                    <EntityRefLink entityRef={detail.alert.entityRef} />
                  ) : (
                    detail.alert.service ?? 'unknown'
                  )}
                </Typography>
                <Box
                  mt={1}
                  display="flex"
                  flexWrap="wrap"
                  style={{ gap: 4 }}
                  aria-label="Labels"
                >
                  {Object.entries(detail.alert.labels).map(([k, v]) => (
                    <Chip
                      key={k}
                      size="small"
                      variant="outlined"
                      label={`${k}=${v}`}
                    />
                  ))}
                </Box>
              </InfoCard>
              <Box mt={3}>
                <InfoCard title="Burn rate now">
                  {detail.burnRateError && (
                    <Typography color="error">
                      {detail.burnRateError}
                    </Typography>
                  )}
                  {detail.burnRates.length === 0 && !detail.burnRateError && (
                    <Typography>No SLO recorded for this service.</Typography>
                  )}
                  {detail.burnRates.map(b => (
                    <Typography key={b.slo} data-testid={`burn-${b.slo}`}>
                      {b.slo}:{' '}
                      {b.burnRate === null ? 'no traffic' : `${b.burnRate}x`}
                    </Typography>
                  ))}
                </InfoCard>
              </Box>
              {detail.alert.entityRef && (
                <Box mt={3}>
                  <LastDeploys entityRef={detail.alert.entityRef} />
                </Box>
              )}
            </Grid>
            <Grid item xs={12} md={8}>
              <InfoCard title="Runbook">
                <RunbookView runbook={detail.runbook} />
              </InfoCard>
            </Grid>
          </Grid>
        )}
      </Content>
    </Page>
  );
}
