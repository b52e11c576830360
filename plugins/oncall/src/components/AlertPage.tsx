import useAsync from 'react-use/esm/useAsync';
import { Badge, Box, Flex, Grid, Text } from '@backstage/ui';
import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
} from '@backstage/core-components';
import { useApi, useRouteRefParams } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { chipStyle, FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import { oncallApiRef } from '../api/OncallApi';
import { alertRouteRef } from '../routes';
import { AlertTimeline } from './AlertTimeline';
import { age } from './format';
import { IncidentsCard } from './IncidentsCard';
import { KubernetesTabLink } from './KubernetesTabLink';
import { LastDeploys } from './LastDeploys';
import { RunbookView } from './RunbookView';
import { SeverityChip } from './SeverityChip';

// The Material chips' looks: default grey for the state, outlined for the labels.
const NEUTRAL = '#e0e0e0';
const LABEL_STYLE = {
  ...chipStyle('transparent', 'inherit'),
  border: '1px solid #bdbdbd',
};

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
          <Grid.Root columns={{ initial: '1', md: '3' }} gap="6">
            <Grid.Item>
              <InfoCard title="Alert">
                <Flex gap="2" mb="2" align="center">
                  <SeverityChip severity={detail.alert.severity} />
                  <Badge style={chipStyle(NEUTRAL, 'inherit')}>
                    {detail.alert.state}
                  </Badge>
                  <SourceBadge source={state.value!.source} />
                </Flex>
                <Text as="p" variant="body-large" data-testid="alert-age">
                  Active for {age(detail.alert.since)}
                </Text>
                <Text as="p" variant="body-large">
                  Service:{' '}
                  {detail.alert.entityRef ? (
                    <EntityRefLink entityRef={detail.alert.entityRef} />
                  ) : (
                    detail.alert.service ?? 'unknown'
                  )}
                </Text>
                {detail.alert.entityRef && (
                  <KubernetesTabLink entityRef={detail.alert.entityRef} />
                )}
                <Flex
                  mt="2"
                  gap="1"
                  style={{ flexWrap: 'wrap' }}
                  role="group"
                  aria-label="Labels"
                >
                  {Object.entries(detail.alert.labels).map(([k, v]) => (
                    <Badge key={k} style={LABEL_STYLE}>{`${k}=${v}`}</Badge>
                  ))}
                </Flex>
              </InfoCard>
              <Box mt="6">
                <InfoCard title="Burn rate now">
                  {detail.burnRateError && (
                    <Text as="p" variant="body-large" color="danger">
                      {detail.burnRateError}
                    </Text>
                  )}
                  {detail.burnRates.length === 0 && !detail.burnRateError && (
                    <Text as="p" variant="body-large">
                      No SLO recorded for this service.
                    </Text>
                  )}
                  {detail.burnRates.map(b => (
                    <Text
                      as="p"
                      variant="body-large"
                      key={b.slo}
                      data-testid={`burn-${b.slo}`}
                    >
                      {b.slo}:{' '}
                      {b.burnRate === null ? 'no traffic' : `${b.burnRate}x`}
                    </Text>
                  ))}
                </InfoCard>
              </Box>
              {detail.alert.entityRef && (
                <Box mt="6">
                  <LastDeploys entityRef={detail.alert.entityRef} />
                </Box>
              )}
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '1', md: '2' }}>
              {detail.alert.entityRef && (
                <Box mb="6">
                  <AlertTimeline entityRef={detail.alert.entityRef} />
                </Box>
              )}
              {detail.alert.entityRef && (
                <Box mb="6">
                  <IncidentsCard entityRef={detail.alert.entityRef} />
                </Box>
              )}
              <InfoCard title="Runbook">
                <RunbookView runbook={detail.runbook} />
              </InfoCard>
            </Grid.Item>
          </Grid.Root>
        )}
      </Content>
    </Page>
  );
}
