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
import { useApi } from '@backstage/core-plugin-api';
import { SecuritySummary } from '@runway/plugin-security-common';
import { FamilyErrorPanel, SourceBadge } from '@runway/runway-react';
import useAsync from 'react-use/esm/useAsync';
import { securityApiRef } from '../api/SecurityApi';
import { dateOnly, entityPath } from './format';
import { GateChip } from './GateChip';

const count = (s: keyof SecuritySummary['open']) => (row: SecuritySummary) =>
  row.open[s];

/** Every scanned service, riskiest first (critical weighs most). */
export function SecurityOverviewPage() {
  const api = useApi(securityApiRef);
  const { value, loading, error } = useAsync(() => api.getOverview(), [api]);

  const columns: TableColumn<SecuritySummary>[] = [
    {
      title: 'Service',
      field: 'entityRef',
      render: r => (
        <Link to={entityPath(r.entityRef)}>
          {r.entityRef.replace(/^component:default\//, '')}
        </Link>
      ),
    },
    { title: 'Risk', field: 'riskScore', defaultSort: 'desc' },
    {
      title: 'Critical',
      render: count('critical'),
      customSort: (a, b) => a.open.critical - b.open.critical,
    },
    {
      title: 'High',
      render: count('high'),
      customSort: (a, b) => a.open.high - b.open.high,
    },
    { title: 'Medium', render: count('medium') },
    { title: 'Low', render: count('low') },
    { title: 'Gate', render: r => <GateChip gate={r.gate} scan={r.scan} /> },
    { title: 'Last scan', render: r => dateOnly(r.lastScannedAt) },
  ];

  let body;
  if (loading) body = <Progress />;
  else if (error)
    body = <FamilyErrorPanel error={error} title="Security unavailable" />;
  else if (value) {
    body = (
      <>
        {value.source.stale && (
          <Box mb={2}>
            <Alert severity="warning">
              Some scanners did not answer: {value.source.error}
            </Alert>
          </Box>
        )}
        <Table<SecuritySummary>
          title={
            <Box display="flex" alignItems="center" style={{ gap: 8 }}>
              Services by risk <SourceBadge source={value.source} />
            </Box>
          }
          options={{
            paging: value.data.items.length > 50,
            pageSize: 50,
            search: true,
            padding: 'dense',
          }}
          columns={columns}
          data={value.data.items}
          emptyContent={<Box p={2}>No service has been scanned yet.</Box>}
        />
      </>
    );
  }
  return (
    <Page themeId="tool">
      <Header title="Security" subtitle="Open findings across all services" />
      <Content>{body}</Content>
    </Page>
  );
}
