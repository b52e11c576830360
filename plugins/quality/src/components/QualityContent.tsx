import { Box, Grid, Text } from '@backstage/ui';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { qualityApiRef } from '../api/QualityApi';
import { LoadTestHistoryChart, ScoreHistoryChart } from './HistoryCharts';
import { CodeFigures, LoadTestFigures } from './QualityFigures';

/** The entity's "Quality" tab. */
export function QualityContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const api = useApi(qualityApiRef);
  const { value, loading, error } = useAsync(
    () => api.getEntity(entityRef),
    [api, entityRef],
  );

  if (loading) return <Progress />;
  if (error)
    return <FamilyErrorPanel error={error} title="Quality unavailable" />;
  if (!value) return null;
  const { source, data } = value;

  return (
    <Grid.Root columns="12" gap="6">
      {data.summary.state.state === 'never' && (
        <Grid.Item colSpan="12">
          <Box p="2">
            <Text as="p" color="secondary" data-testid="never">
              No CI run has posted a quality report for this service yet.
              Reports arrive from CI at /api/quality/reports (Clover, Infection,
              PHPStan, Psalm, k6).
            </Text>
          </Box>
        </Grid.Item>
      )}
      <Grid.Item colSpan={{ initial: '12', md: '7' }}>
        <InfoCard title="Code" action={<SourceBadge source={source} />}>
          <CodeFigures summary={data.summary} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '12', md: '5' }}>
        <InfoCard title="Last load test">
          <LoadTestFigures summary={data.summary} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '12', md: '6' }}>
        <InfoCard title="Coverage and mutation score">
          <ScoreHistoryChart history={data.history} />
        </InfoCard>
      </Grid.Item>
      <Grid.Item colSpan={{ initial: '12', md: '6' }}>
        <InfoCard title="Load test p95">
          <LoadTestHistoryChart history={data.history} />
        </InfoCard>
      </Grid.Item>
    </Grid.Root>
  );
}
