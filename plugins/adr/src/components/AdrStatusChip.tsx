import { Badge } from '@backstage/ui';
import { chipStyle } from '@runway/runway-react';

const COLORS: Record<string, string> = {
  accepted: '#2e7d32',
  proposed: '#1976d2',
  superseded: '#757575',
  deprecated: '#757575',
  rejected: '#c62828',
};
// The Material chip's default grey, for a record that states no status.
const NO_STATUS = '#e0e0e0';

/** The record's status as its front matter (MADR 3) or status bullet (MADR 2) says. */
export function AdrStatusChip({ status }: { status?: string }) {
  return (
    <Badge
      style={
        status
          ? chipStyle(COLORS[status] ?? '#555')
          : chipStyle(NO_STATUS, 'inherit')
      }
    >
      {status ?? 'no status'}
    </Badge>
  );
}
