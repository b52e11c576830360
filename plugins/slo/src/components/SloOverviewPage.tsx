import { Alert, Box, Flex } from '@backstage/ui';
import {
  Content,
  Header,
  Link,
  Page,
  Progress,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { sloApiRef } from '../api/SloApi';
import { burn, budgetLeft, percent } from './format';
import { entitySlosPath, SloRow, sloRowsByBudgetLeft } from './sloRows';
import { StatusChip } from './StatusChip';

/** Every SLO of every service, least error budget left first. */
export function SloOverviewPage() {
  const api = useApi(sloApiRef);
  const { value, loading, error } = useAsync(() => api.getAll(), [api]);

  const columns: TableColumn<SloRow>[] = [
    {
      title: 'Service',
      render: r => (
        <Link to={entitySlosPath(r.entityRef)}>
          {r.entityRef.replace(/^component:default\//, '')}
        </Link>
      ),
    },
    { title: 'SLO', render: r => r.slo.name },
    { title: 'Objective', render: r => `${r.slo.objective} %` },
    { title: 'SLI (30d)', render: r => percent(r.slo.sli) },
    {
      title: 'Budget left',
      render: r => (
        <span data-testid="row-budget">
          {budgetLeft(r.slo.budget.remaining)}
        </span>
      ),
    },
    { title: 'Burn 1h', render: r => burn(r.slo.burnRates['1h']) },
    { title: 'Status', render: r => <StatusChip status={r.slo.status} /> },
  ];

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="SLOs unavailable" />;
  else if (value) {
    const broken = value.data.items.filter(i => i.error);
    body = (
      <>
        {value.source.stale && (
          <Alert
            status="warning"
            icon
            mb="4"
            data-testid="stale-alert"
            title="Prometheus did not answer; showing the last good numbers"
            description={value.source.error}
          />
        )}
        {broken.length > 0 && (
          <Alert
            status="info"
            icon
            mb="4"
            data-testid="broken-specs"
            title={`${broken.length} service(s) have an unreadable SLO spec`}
            description={broken
              .map(b => `${b.entityRef} (${b.error})`)
              .join('; ')}
          />
        )}
        <Table<SloRow>
          title={
            <Flex align="center" gap="2">
              SLOs by error budget left <SourceBadge source={value.source} />
            </Flex>
          }
          options={{
            paging: true,
            pageSize: 50,
            search: true,
            padding: 'dense',
            sorting: false,
          }}
          columns={columns}
          data={sloRowsByBudgetLeft(value.data.items)}
          emptyContent={<Box p="4">No service declares an SLO spec yet.</Box>}
        />
      </>
    );
  }
  return (
    <Page themeId="tool">
      <Header
        title="SLOs"
        subtitle="Error budgets and burn rates of every service"
      />
      <Content>{body}</Content>
    </Page>
  );
}
