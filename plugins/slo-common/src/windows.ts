/**
 * The windows and alert table of a Sloth SLO, in one place: the scaffolder writes the
 * PrometheusRule from them, the SLO backend reads the recorded ratios over them and the SLO
 * panel explains the thresholds with them, so generator, reader and UI cannot disagree.
 */

/**
 * The windows Sloth records an SLI error ratio for (`slo:sli_error:ratio_rate<window>`): the
 * five the SLO panel shows plus the two short windows the multiwindow alerts pair them with
 * (30m, 2h).
 *
 * @public
 */
export const BURN_WINDOWS = [
  '5m',
  '30m',
  '1h',
  '2h',
  '6h',
  '1d',
  '3d',
] as const;
/** @public */
export type BurnWindow = (typeof BURN_WINDOWS)[number];
/** The windows the SLO panel shows. @public */
export const DISPLAYED_BURN_WINDOWS: BurnWindow[] = [
  '5m',
  '1h',
  '6h',
  '1d',
  '3d',
];

/** The SLO period: Sloth's default 30 days, recorded as `ratio_rate30d`. @public */
export const SLO_PERIOD_DAYS = 30;
/** @public */
export const SLO_PERIOD_WINDOW = '30d';
/** @public */
export type SloWindow = BurnWindow | typeof SLO_PERIOD_WINDOW;

/** Each window's length in seconds, shortest first. @public */
export const WINDOW_SECONDS: Readonly<Record<SloWindow, number>> = {
  '5m': 300,
  '30m': 1800,
  '1h': 3600,
  '2h': 7200,
  '6h': 21600,
  '1d': 86400,
  '3d': 259200,
  '30d': SLO_PERIOD_DAYS * 86400,
};

/**
 * Google SRE workbook multiwindow, multi-burn-rate alerts for a 30-day period, as Sloth
 * generates them: an alert fires when BOTH the long and the short window burn faster than
 * `factor`.
 *
 * @public
 */
export const BURN_RATE_ALERTS: ReadonlyArray<{
  severity: 'page' | 'ticket';
  factor: number;
  long: BurnWindow;
  short: BurnWindow;
}> = [
  { severity: 'page', factor: 14.4, long: '1h', short: '5m' },
  { severity: 'page', factor: 6, long: '6h', short: '30m' },
  { severity: 'ticket', factor: 3, long: '1d', short: '2h' },
  { severity: 'ticket', factor: 1, long: '3d', short: '6h' },
];
