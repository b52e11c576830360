import {
  Family,
  FamilyState,
  RollupRow,
  ServiceRow,
} from '@runway/plugin-scorecard-common';
import { METRIC_INFO } from './metrics';

/** RFC 4180 quoting, and a leading quote against spreadsheet formula injection. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Raw numbers (not formatted) so the sheet can compute; each value followed by its colour. */
export function toCsv(
  rows: Array<ServiceRow | RollupRow>,
  families?: Record<Family, FamilyState>,
): string {
  // Off families' columns are left out, as in the table.
  const metrics = METRIC_INFO.filter(
    m => families?.[m.family]?.status !== 'off',
  );
  const header = [
    'name',
    'owner',
    'system',
    ...metrics.flatMap(m => [m.id, `${m.id}_status`]),
  ];
  const lines = rows.map(row => {
    const isService = 'entityRef' in row;
    const ident = isService
      ? [row.name, row.owner, row.system ?? '']
      : [row.ref, '', ''];
    return [
      ...ident,
      ...metrics.flatMap(m => [
        row.cells[m.id]?.value ?? null,
        row.cells[m.id]?.status ?? 'none',
      ]),
    ]
      .map(csvField)
      .join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export function downloadCsv(filename: string, text: string) {
  const url = URL.createObjectURL(
    new Blob([text], { type: 'text/csv;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
