import { Box, Grid, Text } from '@backstage/ui';
import { DoraBasis, DoraMetrics } from '@runway/plugin-deployments-common';
import { formatHours, percent } from './format';

const BASIS: Record<DoraBasis, string> = {
  incidents: 'from PagerDuty incidents',
  alerts: 'from Prometheus paging alerts (no incident data)',
  deploys: 'from deploy history',
  none: 'nothing to measure',
};

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

/** DORA's four keys (and rollback time) for the service, each saying what it came from. */
export function DoraPanel({ dora }: { dora: DoraMetrics }) {
  // Answers from before computedFrom existed: say nothing rather than guess.
  const from = dora.computedFrom;
  return (
    <>
      <Grid.Root columns={{ initial: '2', md: '5' }} gap="4">
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
          hint={`Changes rolled back or followed by an incident; ${
            from ? BASIS[from.changeFailureRate] : ''
          }`}
        />
        <Figure
          label="Time to restore"
          value={formatHours(dora.timeToRestoreHours)}
          hint={`Median; ${from ? BASIS[from.timeToRestore] : ''}`}
        />
        <Figure
          label="Rollback time"
          value={
            dora.rollbackMinutes === null || dora.rollbackMinutes === undefined
              ? '–'
              : `${Math.round(dora.rollbackMinutes)} min`
          }
          hint="Median failed deploy to the rollback's sync"
        />
      </Grid.Root>
      {from && (
        <Text
          as="p"
          variant="body-small"
          color="secondary"
          data-testid="dora-computed-from"
        >
          {from.note}
        </Text>
      )}
    </>
  );
}
