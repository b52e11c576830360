import Box from '@material-ui/core/Box';
import Alert from '@material-ui/lab/Alert';
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
          <Box mb={2}>
            <Alert severity="warning">
              Prometheus did not answer; showing the last good numbers:{' '}
              {value.source.error}
            </Alert>
          </Box>
        )}
        {broken.length > 0 && (
          <Box mb={2}>
            <Alert severity="info" data-testid="broken-specs">
              {broken.length} service(s) have an unreadable SLO spec:{' '}
              {broken.map(b => `${b.entityRef} (${b.error})`).join('; ')}
            </Alert>
          </Box>
        )}
        <Table<SloRow>
          title={
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              SLOs by error budget left <SourceBadge source={value.source} />
            </Box>
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
          emptyContent={<Box p={2}>No service declares an SLO spec yet.</Box>}
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
