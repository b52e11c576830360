import { Alert, Flex, Grid, Text } from '@backstage/ui';
import { Gauge, InfoCard } from '@backstage/core-components';
import { SloReport } from '@runway/plugin-slo-common';
import { ChangeEvents, ChangeTimeline } from '@runway/runway-react';
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
  changes,
}: {
  slo: SloReport;
  markers?: DeployMarker[];
  /** Incidents and flag changes, drawn on a timeline under the burn-down. */
  changes?: ChangeEvents;
}) {
  const remaining = slo.budget.remaining;
  return (
    <InfoCard
      title={
        <Flex align="center" gap="2">
          <span>{slo.name}</span>
          <StatusChip status={slo.status} />
        </Flex>
      }
      subheader={slo.description}
    >
      <Grid.Root columns="12" gap="4" data-testid={`slo-${slo.name}`}>
        {slo.error && (
          <Grid.Item colSpan="12">
            <Alert
              status="warning"
              icon
              data-testid="slo-error"
              title={slo.error}
            />
          </Grid.Item>
        )}
        <Grid.Item colSpan={{ initial: '12', md: '3' }}>
          <Text as="p">Objective</Text>
          <Text as="p" variant="title-x-small" data-testid="objective">
            {slo.objective} %
          </Text>
          <Text as="p">SLI over {slo.windowDays} days</Text>
          <Text as="p" variant="title-x-small" data-testid="sli">
            {percent(slo.sli)}
          </Text>
          <Text variant="body-small" color="secondary">
            Read from {VIA[slo.via]}
          </Text>
        </Grid.Item>
        <Grid.Item colSpan={{ initial: '12', md: '3' }}>
          <Text as="p">Error budget left</Text>
          {remaining === null ? (
            <Text as="p" variant="title-x-small" data-testid="budget-left">
              no traffic
            </Text>
          ) : (
            <>
              <Gauge value={Math.min(1, Math.max(0, remaining))} size="small" />
              <Text as="p" data-testid="budget-left">
                {budgetLeft(remaining)} of {percent(slo.budget.total, 2)}{' '}
                allowed errors
              </Text>
            </>
          )}
        </Grid.Item>
        <Grid.Item colSpan={{ initial: '12', md: '6' }}>
          <BurnRateTable rates={slo.burnRates} />
        </Grid.Item>
        {slo.alerts.length > 0 && (
          <Grid.Item colSpan="12">
            {slo.alerts.map(a => (
              <Text
                as="p"
                key={a.alertname}
                color="danger"
                data-testid="firing-alert"
              >
                Firing: {a.alertname} ({a.severity})
                {a.since ? ` since ${new Date(a.since).toLocaleString()}` : ''}
              </Text>
            ))}
          </Grid.Item>
        )}
        {slo.series && slo.series.length > 0 && (
          <Grid.Item colSpan="12">
            <BurnDownChart series={slo.series} markers={markers} />
            {changes && !changes.loading && (
              <ChangeTimeline
                from={slo.series[0].t}
                to={slo.series[slo.series.length - 1].t}
                markers={[...(markers ?? []), ...changes.markers]}
                spans={changes.spans}
                gaps={changes.gaps}
                height={90}
                // BurnDownChart's left margin plus its Y axis width.
                inset={72}
              />
            )}
          </Grid.Item>
        )}
      </Grid.Root>
    </InfoCard>
  );
}
