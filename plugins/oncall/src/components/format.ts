import { AlertSeverity } from '@runway/plugin-oncall-common';

/** "40 min", "5 h", "2 d": how long an alert has been active. */
export function age(since: string | undefined, now = Date.now()): string {
  if (!since) return 'unknown';
  const minutes = Math.max(0, Math.round((now - Date.parse(since)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60)
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  return `${Math.floor(minutes / 1440)} d`;
}

export const SEVERITY_COLOR: Record<AlertSeverity, string> = {
  page: '#d32f2f',
  critical: '#d32f2f',
  ticket: '#f57c00',
  warning: '#f57c00',
  info: '#1976d2',
  none: '#757575',
};
