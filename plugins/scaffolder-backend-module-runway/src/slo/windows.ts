/** The windows Sloth records an SLI error ratio for (30d is the SLO period). */
export const SLI_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;
export const PERIOD_WINDOW = '30d';
export const PERIOD_DAYS = 30;

/**
 * Google SRE workbook's multiwindow, multi-burn-rate alerts for a 30-day period, as Sloth
 * generates them: each alert fires when both its long and short windows burn too fast.
 */
export const BURN_RATE_ALERTS = [
  { severity: 'page', long: '1h', short: '5m', factor: 14.4 },
  { severity: 'page', long: '6h', short: '30m', factor: 6 },
  { severity: 'ticket', long: '1d', short: '2h', factor: 3 },
  { severity: 'ticket', long: '3d', short: '6h', factor: 1 },
] as const;
