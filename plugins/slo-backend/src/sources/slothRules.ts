/** Sloth's recording-rule names (https://sloth.dev), so any Sloth-managed SLO is readable. */

/** The error ratio Sloth records per window, e.g. `slo:sli_error:ratio_rate5m`. */
export const slothRatioMetric = (window: string) =>
  `slo:sli_error:ratio_rate${window}`;

export const SLOTH_BUDGET_REMAINING = 'slo:period_error_budget_remaining:ratio';

/** The windows Sloth records, shortest first. */
const RECORDED: Array<[string, number]> = [
  ['5m', 300],
  ['30m', 1800],
  ['1h', 3600],
  ['2h', 7200],
  ['6h', 21600],
  ['1d', 86400],
  ['3d', 259200],
];

/**
 * The recorded window to sample a burn-down at `stepSeconds`: the longest one that does not
 * exceed the step, so consecutive points do not count the same errors twice.
 */
export function recordedWindowFor(stepSeconds: number): string {
  let chosen = RECORDED[0][0];
  for (const [name, seconds] of RECORDED)
    if (seconds <= stepSeconds) chosen = name;
  return chosen;
}
