// Material v5's table, not BUI's react-aria one: a sticky header over up to 500 rows of
// plain cells, without a collection node per cell. The body is plain <tr>/<td> styled once
// from TableBody: a styled TableCell per cell cost ~1,000 emotion components per page.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import {
  Cell,
  Family,
  FamilyState,
  RollupRow,
  ServiceRow,
  Targets,
} from '@runway/plugin-scorecard-common';
import { FAMILY_LABEL, METRIC_INFO, entityTabPath, shortRef } from './metrics';
import { StatusCell } from './StatusCell';

// Sixteen columns overflow the page: the table scrolls sideways (its container) with the
// service names held on the left, and no heading or name is broken letter by letter.
const NO_WRAP: CSSProperties = { whiteSpace: 'nowrap' };
const FIRST: CSSProperties = {
  ...NO_WRAP,
  position: 'sticky',
  left: 0,
  zIndex: 1,
};
// The theme's paper colour, so scrolled cells do not show through the held names.
const PAPER = { bgcolor: 'background.paper' } as const;
// What MUI's small body TableCell draws, for every body cell at once.
const BODY = {
  '& > tr > td': {
    typography: 'body2',
    padding: '6px 16px',
    borderBottom: 1,
    borderColor: 'divider',
    color: 'text.primary',
  },
  '& > tr > td:first-of-type': { ...FIRST, bgcolor: 'background.paper' },
  '& a': { color: 'primary.main', textDecoration: 'none' },
  '& a:hover': { textDecoration: 'underline' },
} as const;

const HEADER_WORDS: Record<FamilyState['status'], string> = {
  ok: '',
  stale: 'stale',
  failed: 'unavailable',
  off: 'off',
  absent: 'not installed',
};
const HEADER_COLOURS: Record<FamilyState['status'], string> = {
  ok: 'inherit',
  stale: '#ef6c00',
  failed: '#c62828',
  off: '#757575',
  absent: '#757575',
};
/** Families whose entity tab a cell can drill into. */
const LINKED: Array<FamilyState['status']> = ['ok', 'stale'];
const NO_CELL: Cell = {
  value: null,
  status: 'none',
  trend: null,
  note: 'not in this answer',
};

/** A family the answer does not mention (an older backend) reads as absent, not as an error. */
export const familyState = (
  families: Record<Family, FamilyState>,
  family: Family,
): FamilyState => families[family] ?? { family, status: 'absent' };

export interface ScorecardTableProps {
  rows: Array<ServiceRow | RollupRow>;
  targets: Targets;
  families: Record<Family, FamilyState>;
  firstColumn: string;
}

/** The table: one row per service (cells drill into the family tab) or per team/system. */
export function ScorecardTable({
  rows,
  targets,
  families,
  firstColumn,
}: ScorecardTableProps) {
  // An off family's columns are left out; FamilyAlerts says why.
  const metrics = METRIC_INFO.filter(m => families[m.family]?.status !== 'off');
  return (
    <Table size="small" stickyHeader aria-label="Scorecard">
      <TableHead>
        <TableRow>
          <TableCell style={{ ...FIRST, zIndex: 3 }} sx={PAPER}>
            {firstColumn}
          </TableCell>
          {metrics.map(m => {
            const state = familyState(families, m.family);
            return (
              <TableCell key={m.id} style={NO_WRAP}>
                {m.label}
                <div style={{ fontWeight: 'normal', fontSize: '0.8em' }}>
                  {m.target(targets)}
                </div>
                {state.status !== 'ok' && (
                  <Tooltip title={state.error ?? ''}>
                    <div
                      style={{
                        color: HEADER_COLOURS[state.status],
                        fontSize: '0.8em',
                      }}
                    >
                      {FAMILY_LABEL[m.family]} {HEADER_WORDS[state.status]}
                    </div>
                  </Tooltip>
                )}
              </TableCell>
            );
          })}
        </TableRow>
      </TableHead>
      <TableBody sx={BODY}>
        {rows.map(row => {
          const isService = 'entityRef' in row;
          const key = isService ? row.entityRef : row.ref;
          return (
            <tr key={key} data-testid="scorecard-row">
              <td>
                {isService ? (
                  <Link
                    to={entityTabPath(row.entityRef, 'slo').replace(
                      /\/slos$/,
                      '',
                    )}
                  >
                    {row.title ?? row.name}
                  </Link>
                ) : (
                  `${shortRef(row.ref)} (${row.services})`
                )}
              </td>
              {metrics.map(m => (
                <td key={m.id}>
                  <StatusCell
                    info={m}
                    cell={row.cells[m.id] ?? NO_CELL}
                    href={
                      isService &&
                      LINKED.includes(familyState(families, m.family).status)
                        ? entityTabPath(row.entityRef, m.family)
                        : undefined
                    }
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </TableBody>
    </Table>
  );
}
