import { EntitySlos, SloReport } from '@runway/plugin-slo-common';
import { SourceInfo } from '@runway/runway-common';

export const demoSource: SourceInfo = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-03-11T10:00:00.000Z',
};
export const staleLive: SourceInfo = {
  kind: 'live',
  name: 'prometheus',
  stale: true,
  fetchedAt: '2026-03-11T09:00:00.000Z',
  error: 'Prometheus failed (HTTP 503)',
};

const rates = (r: Partial<SloReport['burnRates']>): SloReport['burnRates'] => ({
  '5m': 0.4,
  '30m': 0.4,
  '1h': 0.4,
  '2h': 0.4,
  '6h': 0.4,
  '1d': 0.4,
  '3d': 0.4,
  ...r,
});

export function slo(overrides: Partial<SloReport> = {}): SloReport {
  return {
    service: 'checkout-api',
    name: 'requests-availability',
    description: 'Requests answered without a 5xx.',
    objective: 99.9,
    windowDays: 30,
    sli: 0.99955,
    budget: { total: 0.001, consumed: 0.45, remaining: 0.55 },
    burnRates: rates({}),
    status: 'ok',
    alerts: [],
    via: 'demo',
    series: [
      { t: '2026-02-09T11:00:00.000Z', remaining: 1 },
      { t: '2026-03-09T15:00:00.000Z', remaining: 0.7 },
      { t: '2026-03-11T10:00:00.000Z', remaining: 0.55 },
    ],
    ...overrides,
  };
}

export const paging = slo({
  name: 'requests-latency',
  objective: 95,
  status: 'page',
  budget: { total: 0.05, consumed: 1.2, remaining: -0.2 },
  burnRates: rates({ '5m': 25, '1h': 16.7 }),
  alerts: [
    {
      alertname: 'SloErrorBudgetBurnFast',
      severity: 'page',
      since: '2026-03-11T09:20:00.000Z',
    },
  ],
});

export const items: EntitySlos[] = [
  { entityRef: 'component:default/checkout-api', slos: [slo(), paging] },
  {
    entityRef: 'component:default/cart-api',
    slos: [
      slo({
        service: 'cart-api',
        budget: { total: 0.001, consumed: 0.1, remaining: 0.9 },
      }),
    ],
  },
  {
    entityRef: 'component:default/quiet-api',
    slos: [
      slo({
        service: 'quiet-api',
        sli: null,
        status: 'no-data',
        budget: { total: 0.001, consumed: null, remaining: null },
      }),
    ],
  },
  {
    entityRef: 'component:default/broken-api',
    slos: [],
    error:
      'SLO spec is not a Sloth prometheus/v1 spec (version: Invalid literal value)',
  },
];

/** The typed 503 a family answers while it is off. */
export { notConfiguredResponseError as notConfiguredError } from '@runway/runway-react';
