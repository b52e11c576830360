import Chip from '@material-ui/core/Chip';

const COLORS: Record<string, string> = {
  accepted: '#2e7d32',
  proposed: '#1976d2',
  superseded: '#757575',
  deprecated: '#757575',
  rejected: '#c62828',
};

/** The record's status as its front matter (MADR 3) or status bullet (MADR 2) says. */
export function AdrStatusChip({ status }: { status?: string }) {
  return (
    <Chip
      size="small"
      label={status ?? 'no status'}
      style={{
        backgroundColor: status ? COLORS[status] ?? '#555' : undefined,
        color: status ? '#fff' : undefined,
      }}
    />
  );
}
