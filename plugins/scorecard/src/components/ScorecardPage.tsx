import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TableContainer from '@material-ui/core/TableContainer';
import TablePagination from '@material-ui/core/TablePagination';
import TextField from '@material-ui/core/TextField';
import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { SourceBadge } from '@runway/runway-react';
import { useMemo, useState } from 'react';
import { downloadCsv, toCsv } from './csv';
import { FamilyAlerts } from './FamilyAlerts';
import { ScorecardTable } from './ScorecardTable';
import { useScorecard } from './useScorecard';

type View = 'services' | 'teams' | 'systems';
const FIRST_COLUMN: Record<View, string> = {
  services: 'Service',
  teams: 'Team (services)',
  systems: 'System (services)',
};

/** Every service, team or system against the targets, exportable as CSV. */
export function ScorecardPage() {
  const { value, loading, error, retry } = useScorecard();
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
    <Box p={2}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 8 }}
        mb={2}
      >
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v) => {
            if (!v) return;
            setView(v);
            setPage(0);
          }}
          aria-label="Group by"
        >
          <ToggleButton value="services">
            Services ({data.services.length})
          </ToggleButton>
          <ToggleButton value="teams">Teams ({data.teams.length})</ToggleButton>
          <ToggleButton value="systems">
            Systems ({data.systems.length})
          </ToggleButton>
        </ToggleButtonGroup>
        <TextField
          size="small"
          variant="outlined"
          placeholder="Filter"
          value={filter}
          onChange={e => {
            setFilter(e.target.value);
            setPage(0);
          }}
          inputProps={{ 'aria-label': 'Filter rows' }}
        />
        <Button
          variant="outlined"
          size="small"
          onClick={() =>
            downloadCsv(`scorecard-${view}.csv`, toCsv(rows, data.families))
          }
        >
          Export CSV
        </Button>
        <Button size="small" onClick={retry}>
          Refresh
        </Button>
        <SourceBadge source={source} />
        <span style={{ fontSize: '0.8em', opacity: 0.7 }}>
          as of {new Date(data.generatedAt).toLocaleString()}
        </span>
      </Box>
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
      <TablePagination
        component="div"
        count={rows.length}
        page={page}
        rowsPerPage={perPage}
        rowsPerPageOptions={[50, 100, 500]}
        onPageChange={(_, p) => setPage(p)}
        onRowsPerPageChange={e => {
          setPerPage(Number(e.target.value));
          setPage(0);
        }}
      />
    </Box>
  );
}
