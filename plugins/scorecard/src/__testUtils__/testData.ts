import {
  Cell,
  CellStatus,
  Cells,
  MetricId,
  METRICS,
  ScorecardResponse,
} from '@runway/plugin-scorecard-common';

const cell = (
  value: number | null,
  status: CellStatus,
  extra: Partial<Cell> = {},
): Cell => ({ value, status, trend: null, ...extra });

function cells(overrides: Partial<Cells>): Cells {
  const base = Object.fromEntries(
    METRICS.map(m => [m, cell(1, 'green')]),
  ) as Record<MetricId, Cell>;
  return { ...base, ...overrides };
}

export const targets = {
  availability: 99.9,
  latencyP95Ms: 100,
  errorBudgetLeft: 0.25,
  deploysPerDay: 1,
  leadTimeHours: 24,
  changeFailureRate: 0.15,
  timeToRestoreMinutes: 30,
  rollbackMinutes: 5,
  criticalVulns: 0,
  monthlyCostGrowth: 0.1,
  costPerRequestUsd: 0.01,
  testCoveragePct: 90,
  loadTestP95SloRatio: 1,
  complianceScore: 0.9,
  backupRpoMinutes: 15,
  staleFlags: 0,
};

const checkout = cells({
  availability: cell(99.75, 'red', { trend: 'worsening' }),
  errorBudget: cell(-0.2, 'red'),
  criticalVulns: cell(2, 'red'),
  monthlyCost: cell(3000, 'amber', { trend: 'worsening' }),
});
const search = cells({
  availability: cell(99.95, 'green', { trend: 'improving' }),
  monthlyCost: cell(800, 'green'),
});

export function scorecard(
  overrides: Partial<ScorecardResponse['data']> = {},
): ScorecardResponse {
  // A fresh copy each call: tests change cells and families in place.
  return structuredClone(fixture(overrides));
}

function fixture(
  overrides: Partial<ScorecardResponse['data']>,
): ScorecardResponse {
  return {
    source: {
      kind: 'demo',
      name: 'scorecard',
      stale: false,
      fetchedAt: '2026-01-01T00:00:00Z',
    },
    data: {
      generatedAt: '2026-01-01T00:00:00Z',
      targets,
      families: {
        deployments: { family: 'deployments', status: 'ok' },
        slo: { family: 'slo', status: 'ok' },
        security: { family: 'security', status: 'ok' },
        cost: { family: 'cost', status: 'ok' },
        quality: { family: 'quality', status: 'ok' },
        compliance: { family: 'compliance', status: 'ok' },
        flags: { family: 'flags', status: 'ok' },
      },
      services: [
        {
          entityRef: 'component:default/checkout-api',
          name: 'checkout-api',
          owner: 'group:default/team-checkout',
          system: 'system:default/shop',
          cells: checkout,
        },
        {
          entityRef: 'component:default/search-api',
          name: 'search-api',
          owner: 'group:default/team-catalog',
          system: 'system:default/shop',
          cells: search,
        },
      ],
      teams: [
        {
          ref: 'group:default/team-checkout',
          services: 1,
          cells: checkout,
          counts: { green: 7, amber: 1, red: 3 },
        },
        {
          ref: 'group:default/team-catalog',
          services: 1,
          cells: search,
          counts: { green: 11, amber: 0, red: 0 },
        },
      ],
      systems: [
        {
          ref: 'system:default/shop',
          services: 2,
          cells: checkout,
          counts: { green: 18, amber: 1, red: 3 },
        },
      ],
      ...overrides,
    },
  };
}
