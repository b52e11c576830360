import { FindingSource, Severity } from '@runway/plugin-security-common';

export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '#b71c1c',
  high: '#e65100',
  medium: '#f9a825',
  low: '#1565c0',
  unknown: '#757575',
};

export const SOURCE_LABELS: Record<FindingSource, string> = {
  container: 'Container image',
  dependency: 'Dependencies',
  sast: 'Code (SAST)',
  dast: 'Running app (DAST)',
  iac: 'Infrastructure as code',
};

/** Advisory page for a vulnerability id; GHSA ids go to GitHub's database. */
export function advisoryUrl(id: string | undefined): string | undefined {
  if (!id) return undefined;
  if (/^CVE-\d{4}-\d+$/i.test(id))
    return `https://nvd.nist.gov/vuln/detail/${id.toUpperCase()}`;
  if (/^GHSA-/i.test(id)) return `https://github.com/advisories/${id}`;
  return undefined;
}

export function dateOnly(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

export function entityPath(entityRef: string, tab = 'security'): string {
  const m = /^([^:]+):([^/]+)\/(.+)$/.exec(entityRef);
  if (!m) return '/catalog';
  return `/catalog/${m[2]}/${m[1]}/${m[3]}/${tab}`;
}

/** `2026-11-20 10:00 UTC`: the same text for every reader, whatever their locale. */
export function dateTime(iso: string | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '';
}
