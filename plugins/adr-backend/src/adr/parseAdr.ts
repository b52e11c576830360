import { parse as parseYaml } from 'yaml';
import { AdrFormat } from '@runway/plugin-adr-common';

export interface ParsedAdr {
  number?: number;
  title: string;
  status?: string;
  statusText?: string;
  supersededBy?: string;
  date?: string;
  deciders?: string;
  format: AdrFormat;
  /** The body without front matter. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
// MADR 2 keeps metadata as the first bullets: `* Status: accepted`, `* Date: 2020-01-01`.
const BULLET = (key: string) => new RegExp(`^[*-]\\s+${key}:\\s*(.+)$`, 'im');

function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value).trim() || undefined;
}

/**
 * Parses one MADR file: MADR 3 (YAML front matter `status`, `date`, `deciders`) or MADR 2
 * (`* Status:` bullets under the title). Tolerates plain Markdown ADRs (Nygard style
 * `## Status` section) so a repository that mixes formats still lists every record.
 */
export function parseAdr(file: string, text: string): ParsedAdr {
  const number = /^(\d+)[-_]/.exec(file)?.[1];
  let body = text;
  let format: AdrFormat = 'unknown';
  let meta: Record<string, unknown> = {};
  const front = FRONT_MATTER.exec(text);
  if (front) {
    try {
      const parsed = parseYaml(front[1]);
      if (parsed && typeof parsed === 'object')
        meta = parsed as Record<string, unknown>;
      format = 'madr3';
      body = text.slice(front[0].length);
    } catch {
      // Not YAML after all: keep the file as it is.
    }
  }
  const title =
    /^#\s+(.+)$/m.exec(body)?.[1].trim() ?? file.replace(/\.md$/, '');
  let statusText = asText(meta.status);
  let date = asText(meta.date);
  let deciders = asText(meta.deciders);
  if (format === 'unknown') {
    statusText = BULLET('Status').exec(body)?.[1].trim();
    if (statusText) {
      format = 'madr2';
      date = BULLET('Date').exec(body)?.[1].trim();
      deciders = BULLET('Deciders').exec(body)?.[1].trim();
    } else {
      statusText = /^##\s+Status\s*\n+([^\n#]+)/im.exec(body)?.[1].trim();
    }
  }
  const status = statusText
    ? /^[A-Za-z]+/.exec(statusText)?.[0].toLowerCase()
    : undefined;
  const supersededBy =
    status === 'superseded'
      ? /\(([^)\s]+\.md)\)/.exec(statusText ?? '')?.[1]
      : undefined;
  return {
    number: number ? Number(number) : undefined,
    title,
    status,
    statusText,
    supersededBy,
    date,
    deciders,
    format,
    body,
  };
}
