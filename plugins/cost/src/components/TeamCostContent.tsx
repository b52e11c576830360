import { Grid, Text } from '@backstage/ui';
import { InfoCard, Link, Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { CostSummary } from '@runway/plugin-cost-common';
import { SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { costApiRef } from '../api/CostApi';
import { BudgetBar } from './BudgetBar';
import { CostState, FetchedAt } from './CostState';
import { CostTrendChart } from './CostTrendChart';
import { change, percent, usd, usdPrecise } from './format';

const entityLink = (ref: string) => {
  const { kind, namespace, name } = parseEntityRef(ref);
  return (
    <Link to={`/catalog/${namespace}/${kind.toLowerCase()}/${name}/cost`}>
      {name}
    </Link>
  );
};

const columns = (rankBy: 'spend' | 'change'): TableColumn<CostSummary>[] => [
  {
    title: 'Service',
    field: 'entityRef',
    render: row => entityLink(row.entityRef),
  },
  {
    title: 'Month to date',
    field: 'monthToDate',
    type: 'numeric',
    render: row => usd(row.monthToDate),
    defaultSort: rankBy === 'spend' ? 'desc' : undefined,
  },
  {
    title: 'Change',
    field: 'changeRatio',
    type: 'numeric',
    render: row => change(row.changeRatio),
    defaultSort: rankBy === 'change' ? 'desc' : undefined,
  },
  {
    title: 'Forecast',
    field: 'forecast',
    type: 'numeric',
    render: row => usd(row.forecast),
  },
  {
    title: 'Per 1,000 requests',
    field: 'costPer1kRequests',
    type: 'numeric',
    render: row => usdPrecise(row.costPer1kRequests),
  },
];

/** The team page: the group's services ranked by spend and by change, budget, untagged share. */
export function TeamCostContent() {
  const { entity } = useEntity();
  const api = useApi(costApiRef);
  const ref = stringifyEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getTeamCost(ref),
    [api, ref],
  );

  return (
    <CostState loading={loading} error={error}>
      {() => {
        const { source, data } = value!;
        const byChange = [...data.services].sort(
          (a, b) => (b.changeRatio ?? -Infinity) - (a.changeRatio ?? -Infinity),
        );
        return (
          <Grid.Root columns="12" gap="6">
            <Grid.Item colSpan={{ initial: '12', md: '8' }}>
              <InfoCard
                title="Team spend"
                subheader={<FetchedAt source={source} />}
                action={<SourceBadge source={source} />}
              >
                <Text as="p" variant="title-small" data-testid="team-mtd">
                  {usd(data.monthToDate)} month to date (
                  {change(data.changeRatio)}), forecast {usd(data.forecast)}
                </Text>
                <Text as="p" data-testid="team-untagged">
                  Untagged account spend: {usd(data.untagged.monthToDate)} (
                  {percent(data.untagged.share)} of the bill)
                </Text>
                {data.hidden > 0 && (
                  <Text as="p" color="secondary">
                    {data.hidden} more component(s) not shown: no access or no
                    cost tag.
                  </Text>
                )}
                {data.daily.length > 0 && <CostTrendChart daily={data.daily} />}
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '4' }}>
              <InfoCard title="Team budget">
                <BudgetBar budget={data.budget} />
              </InfoCard>
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '6' }}>
              <Table
                title="Ranked by spend"
                options={{ paging: false, search: false }}
                columns={columns('spend')}
                data={data.services}
                emptyContent={
                  <Text as="p" variant="body-large" style={{ padding: 16 }}>
                    No services with cost data you may see.
                  </Text>
                }
              />
            </Grid.Item>
            <Grid.Item colSpan={{ initial: '12', md: '6' }}>
              <Table
                title="Ranked by change"
                options={{ paging: false, search: false }}
                columns={columns('change')}
                data={byChange}
                emptyContent={
                  <Text as="p" variant="body-large" style={{ padding: 16 }}>
                    No services with cost data you may see.
                  </Text>
                }
              />
            </Grid.Item>
          </Grid.Root>
        );
      }}
    </CostState>
  );
}
