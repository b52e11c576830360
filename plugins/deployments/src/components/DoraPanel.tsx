import { Box, Grid, Text } from '@backstage/ui';
import { DoraMetrics } from '@runway/plugin-deployments-common';
import { formatHours, percent } from './format';

function Figure({
  label,
  value,
  hint,
}: {
  label: string;
  value: string;
  hint: string;
}) {
  return (
    <Box>
      <Text
        as="div"
        variant="body-small"
        color="secondary"
        title={hint}
        style={{ textTransform: 'uppercase', letterSpacing: '0.06em' }}
      >
        {label}
      </Text>
      <Text as="div" variant="title-small" weight="bold" aria-label={label}>
        {value}
      </Text>
    </Box>
  );
}

/** DORA's four keys for the service over the window. */
export function DoraPanel({ dora }: { dora: DoraMetrics }) {
  return (
    <Grid.Root columns={{ initial: '2', md: '4' }} gap="4">
      <Figure
        label="Deployment frequency"
        value={`${dora.deploysPerDay.toFixed(2)} / day`}
        hint={`${dora.prodDeploys} prod deploys in ${dora.windowDays} days`}
      />
      <Figure
        label="Lead time"
        value={formatHours(dora.leadTimeHours)}
        hint="Median commit to running in prod"
      />
      <Figure
        label="Change failure rate"
        value={percent(dora.changeFailureRate)}
        hint="Prod deploys rolled back or followed by a paging alert within an hour"
      />
      <Figure
        label="Time to restore"
        value={formatHours(dora.timeToRestoreHours)}
        hint="Median failed deploy to rollback"
      />
    </Grid.Root>
  );
}
