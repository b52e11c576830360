/** "3 h ago" style, coarse on purpose: deploy times matter to the hour, not the second. */
export function timeAgo(iso: string | undefined, now = Date.now()): string {
  if (!iso) return 'unknown';
  const minutes = Math.round((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

export const shortRevision = (revision: string) =>
  /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 7) : revision;

export function formatHours(value: number | null): string {
  if (value === null) return '–';
  if (value < 1) return `${Math.round(value * 60)} min`;
  if (value < 48) return `${value.toFixed(1)} h`;
  return `${(value / 24).toFixed(1)} days`;
}

export const percent = (value: number | null) =>
  value === null ? '–' : `${Math.round(value * 100)} %`;

export const HEALTH_COLOR: Record<string, string> = {
  Healthy: '#2e7d32',
  Progressing: '#1565c0',
  Suspended: '#6a1b9a',
  Degraded: '#c62828',
  Missing: '#757575',
  Unknown: '#757575',
};
