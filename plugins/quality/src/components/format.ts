/** `2026-11-20 10:00 UTC`: the same text for every reader, whatever their locale. */
export function dateTime(iso: string | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '';
}

export const percent = (value: number, digits = 1) =>
  `${value.toFixed(digits)} %`;

export const GREY = '#757575';
export const GOOD = '#2e7d32';
export const BAD = '#c62828';

/** The template's line-coverage gate (90 %), shown beside the figure. */
export const COVERAGE_GATE_PCT = 90;
