import Chip from '@material-ui/core/Chip';
import { SloStatus } from '@runway/plugin-slo-common';

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
    <Chip
      size="small"
      label={look.label}
      data-testid={`status-${status}`}
      style={{ backgroundColor: look.background, color: look.color }}
    />
  );
}
