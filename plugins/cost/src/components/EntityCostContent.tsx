import Grid from '@material-ui/core/Grid';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { EntityCost } from '@runway/plugin-cost-common';
import { SourceBadge } from '@runway/runway-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { costApiRef } from '../api/CostApi';
import { BudgetBar } from './BudgetBar';
import { CostState, FetchedAt } from './CostState';
import { CostTrendChart } from './CostTrendChart';
import { change, usd, usdPrecise } from './format';
import { costPer1kTrend } from './trend';

function Figure({
  label,
  value,
  testId,
}: {
  label: string;
  value: string;
  testId?: string;
}) {
  return (
    <Grid item xs={6} md={2}>
      <Typography variant="caption" color="textSecondary">
        {label}
      </Typography>
      <Typography variant="h5" data-testid={testId}>
        {value}
      </Typography>
    </Grid>
  );
}

function Breakdown({ data }: { data: EntityCost }) {
  if (data.byAwsService.length === 0)
    return <Typography>No spend by AWS service this month.</Typography>;
  return (
    <Table size="small" aria-label="cost by AWS service">
      <TableHead>
        <TableRow>
          <TableCell>AWS service</TableCell>
          <TableCell align="right">Month to date</TableCell>
          <TableCell align="right">Last month</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.byAwsService.map(row => (
          <TableRow key={row.awsService}>
            <TableCell>{row.awsService}</TableCell>
            <TableCell align="right">{usd(row.monthToDate)}</TableCell>
            <TableCell align="right">{usd(row.lastMonth)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The entity tab "Cost": the service's AWS spend, budget and cost per request. */
export function EntityCostContent() {
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsyncRetry(
    () => api.getEntityCost(ref),
    [api, ref],
  );

  return (
    <CostState loading={loading} error={error}>
      {() => {
        const { source, data } = value!;
        return (
          <Grid container spacing={3}>
            <Grid item xs={12}>
              <InfoCard
                title="Spend"
                subheader={<FetchedAt source={source} />}
                action={<SourceBadge source={source} />}
              >
                <Grid container spacing={2}>
                  <Figure
                    label="Month to date"
                    value={usd(data.monthToDate)}
                    testId="cost-mtd"
                  />
                  <Figure
                    label="Last month, same days"
                    value={usd(data.lastMonthToDate)}
                  />
                  <Figure
                    label="Change"
                    value={change(data.changeRatio)}
                    testId="cost-change"
                  />
                  <Figure
                    label="Forecast this month"
                    value={usd(data.forecast)}
                    testId="cost-forecast"
                  />
                  <Figure label="Last month" value={usd(data.lastMonth)} />
                  <Figure
                    label="Per 1,000 requests (7 days)"
                    value={usdPrecise(data.costPer1kRequests)}
                    testId="cost-per-1k"
                  />
                </Grid>
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={8}>
              <InfoCard title="Daily cost, last 90 days">
                {data.daily.length ? (
                  <CostTrendChart daily={data.daily} />
                ) : (
                  <Typography>No daily spend recorded.</Typography>
                )}
                <Typography variant="body2" color="textSecondary">
                  Cost per 1,000 requests, week over week:{' '}
                  {change(costPer1kTrend(data.daily))}
                </Typography>
              </InfoCard>
            </Grid>
            <Grid item xs={12} md={4}>
              <InfoCard title="Budget">
                <BudgetBar budget={data.budget} />
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="By AWS service">
                <Breakdown data={data} />
              </InfoCard>
            </Grid>
          </Grid>
        );
      }}
    </CostState>
  );
}
