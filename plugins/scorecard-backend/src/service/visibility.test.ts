import { DEFAULT_TARGETS } from '../config';
import { ScorecardResponse } from '@runway/plugin-scorecard-common';
import { judge } from './colour';
import { restrictCost, restrictFamilies } from './visibility';
import { EMPTY_RAW } from './rawMetrics';

const cells = judge(
  {
    ...EMPTY_RAW,
    monthlyCostUsd: 500,
    costPerRequestUsd: 0.002,
    criticalVulns: 0,
  },
  DEFAULT_TARGETS,
);
const row = (name: string, owner: string, system: string) => ({
  entityRef: `component:default/${name}`,
  name,
  owner,
  system,
  cells,
});
// As rollUp builds them: every cell's colour counted, the cost cells included.
const allCounts = { green: 0, amber: 0, red: 0 };
for (const c of Object.values(cells))
  if (c.status !== 'none') allCounts[c.status]++;
const rollup = (ref: string) => ({
  ref,
  services: 1,
  cells,
  counts: { ...allCounts },
});
const page: ScorecardResponse = {
  source: {
    kind: 'demo',
    name: 'scorecard',
    stale: false,
    fetchedAt: '2026-01-01T00:00:00Z',
  },
  data: {
    generatedAt: '2026-01-01T00:00:00Z',
    targets: DEFAULT_TARGETS,
    families: {} as any,
    services: [
      row('a', 'group:default/team-a', 'system:default/x'),
      row('b', 'group:default/team-b', 'system:default/x'),
      row('c', 'group:default/team-a', 'system:default/y'),
    ],
    teams: [rollup('group:default/team-a'), rollup('group:default/team-b')],
    systems: [rollup('system:default/x'), rollup('system:default/y')],
  },
};

describe('restrictCost', () => {
  it('leaves the page alone for viewers who may read every cost', () => {
    expect(restrictCost(page, { all: true })).toBe(page);
  });

  it('blanks cost outside what the viewer owns, including mixed rollups', () => {
    const seen = restrictCost(page, {
      all: false,
      ownedRefs: ['group:default/team-a'],
    });
    const cost = (c: typeof cells) => c.monthlyCost.value;
    expect(seen.data.services.map(s => [s.name, cost(s.cells)])).toEqual([
      ['a', 500],
      ['b', null],
      ['c', 500],
    ]);
    expect(seen.data.teams.map(t => cost(t.cells))).toEqual([500, null]);
    // System x mixes team-a and team-b: its sum would reveal team-b's spend.
    expect(seen.data.systems.map(s => cost(s.cells))).toEqual([null, 500]);
    expect(seen.data.services[1].cells.criticalVulns.value).toBe(0);
  });

  it('recounts hidden rollups without the cost colours, so they cannot be inferred', () => {
    const seen = restrictCost(page, {
      all: false,
      ownedRefs: ['group:default/team-a'],
    });
    const visibleStatuses = (c: typeof cells) =>
      Object.entries(c)
        .filter(([k]) => k !== 'monthlyCost' && k !== 'costPerRequest')
        .map(([, v]) => v.status)
        .filter(s => s !== 'none');
    const expected = { green: 0, amber: 0, red: 0 };
    for (const s of visibleStatuses(cells))
      expected[s as keyof typeof expected]++;
    // team-b (one service) is hidden: its counts come from its service's non-cost cells only.
    expect(seen.data.teams[1].counts).toEqual(expected);
    expect(seen.data.teams[1].counts).not.toEqual(allCounts);
    // team-a is the viewer's own: counts untouched.
    expect(seen.data.teams[0].counts).toEqual(allCounts);
  });

  it('blanks every cost when the viewer owns nothing', () => {
    const seen = restrictCost(page, { all: false, ownedRefs: [] });
    expect(
      seen.data.services.every(s => s.cells.costPerRequest.status === 'none'),
    ).toBe(true);
  });
});

describe('restrictFamilies (cost.read and compliance.read)', () => {
  const both = judge(
    {
      ...EMPTY_RAW,
      monthlyCostUsd: 500,
      compliancePassed: 16,
      complianceApplicable: 20,
      backupRpoMinutes: 10,
      criticalVulns: 0,
    },
    DEFAULT_TARGETS,
  );
  const withBoth: ScorecardResponse = {
    ...page,
    data: {
      ...page.data,
      services: page.data.services.map(s => ({ ...s, cells: both })),
      teams: page.data.teams.map(t => ({ ...t, cells: both })),
      systems: page.data.systems.map(s => ({ ...s, cells: both })),
    },
  };

  it('hides compliance where the viewer owns nothing, and leaves cost to its own decision', () => {
    const seen = restrictFamilies(withBoth, {
      cost: { all: true },
      compliance: { all: false, ownedRefs: ['group:default/team-a'] },
    });
    const b = seen.data.services[1].cells;
    expect(b.compliance).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'compliance is visible to owners and leadership',
    });
    expect(b.backupRpo.note).toBe(
      'compliance is visible to owners and leadership',
    );
    expect(b.monthlyCost.value).toBe(500);
    expect(seen.data.services[0].cells.compliance.value).toBe(0.8);
  });

  it('recounts a rollup without every hidden family at once', () => {
    const seen = restrictFamilies(withBoth, {
      cost: { all: false, ownedRefs: [] },
      compliance: { all: false, ownedRefs: [] },
    });
    const expected = { green: 0, amber: 0, red: 0 };
    for (const [metric, c] of Object.entries(both))
      if (
        c.status !== 'none' &&
        !['monthlyCost', 'costPerRequest', 'compliance', 'backupRpo'].includes(
          metric,
        )
      )
        expected[c.status]++;
    expect(seen.data.teams[1].counts).toEqual(expected);
    expect(seen.data.systems[0].cells.compliance.status).toBe('none');
  });
});
