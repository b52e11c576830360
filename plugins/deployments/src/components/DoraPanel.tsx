import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
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
    <Grid item xs={6} md={3}>
      <Typography variant="overline" title={hint}>
        {label}
      </Typography>
      <Typography variant="h5" aria-label={label}>
        {value}
      </Typography>
    </Grid>
  );
}

/** DORA's four keys for the service over the window. */
export function DoraPanel({ dora }: { dora: DoraMetrics }) {
  return (
    <Grid container spacing={2}>
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
    </Grid>
  );
}
