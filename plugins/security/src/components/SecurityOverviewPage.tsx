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
          <Alert
            status="warning"
            icon
            mb="4"
            title="Some scanners did not answer"
            description={value.source.error}
          />
        )}
        <Table<SecuritySummary>
          title={
            <Flex align="center" gap="2">
              Services by risk <SourceBadge source={value.source} />
            </Flex>
          }
          options={{
            paging: value.data.items.length > 50,
            pageSize: 50,
            search: true,
            padding: 'dense',
          }}
          columns={columns}
          data={value.data.items}
          emptyContent={<Box p="4">No service has been scanned yet.</Box>}
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
