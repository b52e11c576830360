import {
  Badge,
  Cell,
  Column,
  Row,
  TableBody,
  TableHeader,
  TableRoot,
  VisuallyHidden,
} from '@backstage/ui';
import { Deploy } from '@runway/plugin-deployments-common';
import { chipStyle } from '@runway/runway-react';
import { ReactNode } from 'react';
import { shortRevision } from './format';

const SHOWN = 25;
// The colours the Material chips had: default grey, and the theme's amber secondary.
const NEUTRAL = '#e0e0e0';
const AMBER = '#fca311';

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
    <TableRoot aria-label="Deploy history">
      <TableHeader>
        <Column isRowHeader>When</Column>
        <Column>Environment</Column>
        <Column>Version</Column>
        <Column>By</Column>
        <Column>Outcome</Column>
        <Column>
          <VisuallyHidden>Action</VisuallyHidden>
        </Column>
      </TableHeader>
      <TableBody>
        {rows.map(d => (
          <Row key={`${d.environment}-${d.id}-${d.deployedAt}`}>
            <Cell>{new Date(d.deployedAt).toLocaleString()}</Cell>
            <Cell>{d.environment}</Cell>
            <Cell>
              {d.imageTag ?? ''} {shortRevision(d.revision)}
            </Cell>
            <Cell>{d.deployedBy ?? ''}</Cell>
            <Cell>
              {d.kind === 'rollback' && (
                <Badge style={chipStyle(NEUTRAL, 'inherit')}>rollback</Badge>
              )}
              {d.rolledBackAt && (
                <Badge style={chipStyle(AMBER, '#000')}>rolled back</Badge>
              )}
            </Cell>
            <Cell>{actions?.(d)}</Cell>
          </Row>
        ))}
      </TableBody>
    </TableRoot>
  );
}
