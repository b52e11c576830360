import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Chip from '@material-ui/core/Chip';
import { Deploy } from '@runway/plugin-deployments-common';
import { ReactNode } from 'react';
import { shortRevision } from './format';

const SHOWN = 25;

/** Newest first; a rolled-back deploy and the rollback itself are marked. */
export function HistoryTimeline({
  history,
  actions,
}: {
  history: Deploy[];
  actions?: (d: Deploy) => ReactNode;
}) {
  const rows = [...history].reverse().slice(0, SHOWN);
  return (
    <Table size="small" aria-label="Deploy history">
      <TableHead>
        <TableRow>
          <TableCell>When</TableCell>
          <TableCell>Environment</TableCell>
          <TableCell>Version</TableCell>
          <TableCell>By</TableCell>
          <TableCell>Outcome</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(d => (
          <TableRow key={`${d.environment}-${d.id}-${d.deployedAt}`}>
            <TableCell>{new Date(d.deployedAt).toLocaleString()}</TableCell>
            <TableCell>{d.environment}</TableCell>
            <TableCell>
              {d.imageTag ?? ''} {shortRevision(d.revision)}
            </TableCell>
            <TableCell>{d.deployedBy ?? ''}</TableCell>
            <TableCell>
              {d.kind === 'rollback' && <Chip size="small" label="rollback" />}
              {d.rolledBackAt && (
                <Chip size="small" color="secondary" label="rolled back" />
              )}
            </TableCell>
            <TableCell>{actions?.(d)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
