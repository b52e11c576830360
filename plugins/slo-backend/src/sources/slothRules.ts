import { BURN_WINDOWS, WINDOW_SECONDS } from '@runway/plugin-slo-common';

/** Sloth's recording-rule names (https://sloth.dev), so any Sloth-managed SLO is readable. */

/** The error ratio Sloth records per window, e.g. `slo:sli_error:ratio_rate5m`. */
export const slothRatioMetric = (window: string) =>
  `slo:sli_error:ratio_rate${window}`;

export const SLOTH_BUDGET_REMAINING = 'slo:period_error_budget_remaining:ratio';

/**
 * The recorded window to sample a burn-down at `stepSeconds`: the longest one that does not
 * exceed the step, so consecutive points do not count the same errors twice.
 */
export function recordedWindowFor(stepSeconds: number): string {
  let chosen: string = BURN_WINDOWS[0];
  for (const window of BURN_WINDOWS)
    if (WINDOW_SECONDS[window] <= stepSeconds) chosen = window;
  return chosen;
}
