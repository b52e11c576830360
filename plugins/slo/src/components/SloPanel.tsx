import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import { Gauge, InfoCard } from '@backstage/core-components';
import { SloReport } from '@runway/plugin-slo-common';
import { BurnDownChart, DeployMarker } from './BurnDownChart';
import { BurnRateTable } from './BurnRateTable';
import { StatusChip } from './StatusChip';
import { budgetLeft, percent } from './format';

const VIA: Record<SloReport['via'], string> = {
  'sloth-recording-rules': "Sloth's recording rules",
  'spec-queries': "the spec's queries",
  demo: 'the demo world',
};

/** One SLO: objective, SLI, budget gauge, burn rates, status, alerts and the burn-down. */
export function SloPanel({
  slo,
  markers,
}: {
  slo: SloReport;
  markers?: DeployMarker[];
}) {
  const remaining = slo.budget.remaining;
  return (
    <InfoCard
      title={
        <Box display="flex" alignItems="center" style={{ gap: 8 }}>
          <span>{slo.name}</span>
          <StatusChip status={slo.status} />
        </Box>
      }
      subheader={slo.description}
    >
      <Grid container spacing={2} data-testid={`slo-${slo.name}`}>
        {slo.error && (
          <Grid item xs={12}>
            <Alert severity="warning" data-testid="slo-error">
              {slo.error}
            </Alert>
          </Grid>
        )}
        <Grid item xs={12} md={3}>
          <Typography variant="body2">Objective</Typography>
          <Typography variant="h6" data-testid="objective">
            {slo.objective} %
          </Typography>
          <Typography variant="body2">
            SLI over {slo.windowDays} days
          </Typography>
          <Typography variant="h6" data-testid="sli">
            {percent(slo.sli)}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            Read from {VIA[slo.via]}
          </Typography>
        </Grid>
        <Grid item xs={12} md={3}>
          <Typography variant="body2">Error budget left</Typography>
          {remaining === null ? (
            <Typography variant="h6" data-testid="budget-left">
              no traffic
            </Typography>
          ) : (
            <>
              <Gauge value={Math.min(1, Math.max(0, remaining))} size="small" />
              <Typography variant="body2" data-testid="budget-left">
                {budgetLeft(remaining)} of {percent(slo.budget.total, 2)}{' '}
                allowed errors
              </Typography>
            </>
          )}
        </Grid>
        <Grid item xs={12} md={6}>
          <BurnRateTable rates={slo.burnRates} />
        </Grid>
        {slo.alerts.length > 0 && (
          <Grid item xs={12}>
            {slo.alerts.map(a => (
              <Typography
                key={a.alertname}
                variant="body2"
                color="error"
                data-testid="firing-alert"
              >
                Firing: {a.alertname} ({a.severity})
                {a.since ? ` since ${new Date(a.since).toLocaleString()}` : ''}
              </Typography>
            ))}
          </Grid>
        )}
        {slo.series && slo.series.length > 0 && (
          <Grid item xs={12}>
            <BurnDownChart series={slo.series} markers={markers} />
          </Grid>
        )}
      </Grid>
    </InfoCard>
  );
}
