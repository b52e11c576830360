import {
  Cell,
  Column,
  Grid,
  Row,
  TableBody,
  TableHeader,
  TableRoot,
  Text,
} from '@backstage/ui';
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
    <Grid.Item colSpan={{ initial: '6', md: '2' }}>
      <Text as="p" variant="body-small" color="secondary">
        {label}
      </Text>
      <Text as="p" variant="title-small" data-testid={testId}>
        {value}
      </Text>
    </Grid.Item>
  );
}

function Breakdown({ data }: { data: EntityCost }) {
  if (data.byAwsService.length === 0)
    return (
      <Text as="p" variant="body-large">
        No spend by AWS service this month.
      </Text>
    );
  return (
    <TableRoot aria-label="cost by AWS service">
      <TableHeader>
        <Column isRowHeader>AWS service</Column>
        <Column>Month to date</Column>
        <Column>Last month</Column>
      </TableHeader>
      <TableBody>
        {data.byAwsService.map(row => (
          <Row key={row.awsService} id={row.awsService}>
            <Cell>{row.awsService}</Cell>
            <Cell>{usd(row.monthToDate)}</Cell>
            <Cell>{usd(row.lastMonth)}</Cell>
          </Row>
        ))}
      </TableBody>
    </TableRoot>
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
          <Grid.Root columns="12" gap="6">
            <Grid.Item colSpan="12">
              <InfoCard
                title="Spend"
                subheader={<FetchedAt source={source} />}
                action={<SourceBadge source={source} />}
              >
                <Grid.Root columns="12" gap="4">
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
                </Grid.Root>
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '8' }}>
              <InfoCard title="Daily cost, last 90 days">
                {data.daily.length ? (
                  <CostTrendChart daily={data.daily} />
                ) : (
                  <Text as="p" variant="body-large">
                    No daily spend recorded.
                  </Text>
                )}
                <Text as="p" color="secondary">
                  Cost per 1,000 requests, week over week:{' '}
                  {change(costPer1kTrend(data.daily))}
                </Text>
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '4' }}>
              <InfoCard title="Budget">
                <BudgetBar budget={data.budget} />
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan="12">
              <InfoCard title="By AWS service">
                <Breakdown data={data} />
              </InfoCard>
            </Grid.Item>
          </Grid.Root>
        );
      }}
    </CostState>
  );
}
