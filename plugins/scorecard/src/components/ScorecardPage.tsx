import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  Box,
  Button,
  Flex,
  TablePagination,
  Text,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
} from '@backstage/ui';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import { SourceBadge } from '@runway/runway-react';
import { useMemo, useState } from 'react';
import { downloadCsv, toCsv } from './csv';
import { FamilyAlerts } from './FamilyAlerts';
import { ScorecardTable } from './ScorecardTable';
import { ScorecardState } from './useScorecard';

type View = 'services' | 'teams' | 'systems';
const FIRST_COLUMN: Record<View, string> = {
  services: 'Service',
  teams: 'Team (services)',
  systems: 'System (services)',
};

/** Every service, team or system against the targets, exportable as CSV. */
export function ScorecardPage({ scorecard }: { scorecard: ScorecardState }) {
  const { value, loading, error, retry } = scorecard;
  const [view, setView] = useState<View>('services');
  const [filter, setFilter] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(50);

  const rows = useMemo(() => {
    if (!value) return [];
    const all = value.data[view];
    const q = filter.trim().toLowerCase();
    if (!q) return all;
    return all.filter(r =>
      ('entityRef' in r ? `${r.name} ${r.owner} ${r.system ?? ''}` : r.ref)
        .toLowerCase()
        .includes(q),
    );
  }, [value, view, filter]);

  if (loading && !value) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const { data, source } = value;
  if (data.services.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No services in the catalog"
        description="Register Components of type service to see them scored."
      />
    );
  }

  return (
    <Box p="4">
      <Flex align="center" gap="2" mb="4" style={{ flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[view]}
          onSelectionChange={keys => {
            const [v] = keys;
            if (!v) return;
            setView(v as View);
            setPage(0);
          }}
          aria-label="Group by"
        >
          <ToggleButton id="services">
            Services ({data.services.length})
          </ToggleButton>
          <ToggleButton id="teams">Teams ({data.teams.length})</ToggleButton>
          <ToggleButton id="systems">
            Systems ({data.systems.length})
          </ToggleButton>
        </ToggleButtonGroup>
        <TextField
          placeholder="Filter"
          aria-label="Filter rows"
          value={filter}
          onChange={v => {
            setFilter(v);
            setPage(0);
          }}
        />
        <Button
          variant="secondary"
          onPress={() =>
            downloadCsv(`scorecard-${view}.csv`, toCsv(rows, data.families))
          }
        >
          Export CSV
        </Button>
        <Button variant="tertiary" onPress={retry}>
          Refresh
        </Button>
        <SourceBadge source={source} />
        <Text variant="body-small" color="secondary">
          as of {new Date(data.generatedAt).toLocaleString()}
        </Text>
      </Flex>
      <FamilyAlerts families={data.families} />
      <TableContainer component={Paper} style={{ maxHeight: '75vh' }}>
        <ScorecardTable
          rows={rows.slice(page * perPage, (page + 1) * perPage)}
          targets={data.targets}
          families={data.families}
          firstColumn={FIRST_COLUMN[view]}
        />
      </TableContainer>
      {/* Pages keep the first paint fast at 500 services; the CSV always has every row. */}
      <Box mt="2">
        <TablePagination
          offset={page * perPage}
          pageSize={perPage}
          totalCount={rows.length}
          pageSizeOptions={[50, 100, 500]}
          hasPreviousPage={page > 0}
          hasNextPage={(page + 1) * perPage < rows.length}
          onPreviousPage={() => setPage(p => p - 1)}
          onNextPage={() => setPage(p => p + 1)}
          onPageSizeChange={size => {
            setPerPage(size);
            setPage(0);
          }}
        />
      </Box>
    </Box>
  );
}
