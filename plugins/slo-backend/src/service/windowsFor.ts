import {
  BURN_WINDOWS,
  SLO_PERIOD_WINDOW,
  SloWindow,
} from '@runway/plugin-slo-common';

const ALL_WINDOWS: readonly SloWindow[] = [...BURN_WINDOWS, SLO_PERIOD_WINDOW];
const IS_BURN_WINDOW = new Set<string>(BURN_WINDOWS);

/**
 * The windows a batch answer cut to `fields` (the batch route's paths, e.g.
 * `slos.burnRates.1d`) reads. Without Sloth's rules each window is one Prometheus query over
 * every service, the period's the dearest, so a page that shows the period and two burn
 * rates asks for three windows of eight. `slos` or `slos.status` (judged on every burn
 * rate) need them all; names, objectives and alerts need none.
 */
export function windowsFor(fields?: string[]): readonly SloWindow[] {
  if (!fields) return ALL_WINDOWS;
  const needed = new Set<SloWindow>();
  for (const field of fields) {
    const [head, key, window] = field.split('.');
    if (head !== 'slos') continue;
    if (key === undefined || key === 'status') return ALL_WINDOWS;
    if (key === 'sli' || key === 'budget') needed.add(SLO_PERIOD_WINDOW);
    if (key === 'burnRates') {
      if (window === undefined) BURN_WINDOWS.forEach(w => needed.add(w));
      else if (IS_BURN_WINDOW.has(window)) needed.add(window as SloWindow);
    }
  }
  return ALL_WINDOWS.filter(w => needed.has(w));
}
