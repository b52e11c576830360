import { BURN_WINDOWS } from '@runway/plugin-slo-common';
import { windowsFor } from './windowsFor';

describe('windowsFor', () => {
  it('reads every window when the whole answer is asked for', () => {
    expect(windowsFor(undefined)).toEqual([...BURN_WINDOWS, '30d']);
    expect(windowsFor(['slos'])).toHaveLength(8);
    // the status is judged on every burn rate
    expect(windowsFor(['slos.name', 'slos.status'])).toHaveLength(8);
  });

  it('reads the period for the SLI and budget, and only the burn rates named', () => {
    expect(
      windowsFor([
        'error',
        'slos.name',
        'slos.sli',
        'slos.budget.remaining',
        'slos.burnRates.1d',
        'slos.burnRates.3d',
      ]),
    ).toEqual(['1d', '3d', '30d']);
    expect(windowsFor(['slos.burnRates'])).toEqual([...BURN_WINDOWS]);
  });

  it('reads nothing for names, alerts or a window that does not exist', () => {
    expect(
      windowsFor(['slos.name', 'slos.alerts', 'slos.burnRates.7d', 'error']),
    ).toEqual([]);
  });
});
