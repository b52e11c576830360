import { Badge } from '@backstage/ui';
import { SloStatus } from '@runway/plugin-slo-common';
import { chipStyle } from '@runway/runway-react';

const LOOK: Record<
  SloStatus,
  { label: string; background: string; color: string }
> = {
  ok: { label: 'OK', background: '#2e7d32', color: '#fff' },
  ticket: { label: 'Ticket', background: '#f5a623', color: '#000' },
  page: { label: 'Page', background: '#c62828', color: '#fff' },
  'no-data': { label: 'No data', background: '#9e9e9e', color: '#000' },
};

/** ok / ticket / page as the multiwindow burn-rate alerts would decide. */
export function StatusChip({ status }: { status: SloStatus }) {
  const look = LOOK[status];
  return (
    <Badge
      data-testid={`status-${status}`}
      style={chipStyle(look.background, look.color)}
    >
      {look.label}
    </Badge>
  );
}
