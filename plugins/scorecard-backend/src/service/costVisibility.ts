import { Cells, ServiceRow, ScorecardResponse } from '@runway/plugin-scorecard-common';

/** What a viewer may see of the cost columns (permission `cost.read`). */
export type CostVisibility =
  | { all: true }
  | { all: false; ownedRefs: string[] };

const HIDDEN = {
  value: null,
  status: 'none',
  trend: null,
  note: 'cost is visible to owners and leadership',
} as const;

function hideCost(cells: Cells): Cells {
  return {
    ...cells,
    monthlyCost: { ...HIDDEN },
    costPerRequest: { ...HIDDEN },
  };
}

/**
 * The page is built once with the scorecard's own identity, so cost, which the policy
 * shows only to leadership and to a service's owners, is blanked here per viewer:
 * rows the viewer does not own lose their cost cells, and so do rollups they are not
 * entirely the owner of (their sums would reveal other teams' spend).
 */
export function restrictCost(
  response: ScorecardResponse,
  visibility: CostVisibility,
): ScorecardResponse {
  if (visibility.all) return response;
  const owned = new Set(
    visibility.ownedRefs.map(r => r.toLocaleLowerCase('en-US')),
  );
  const mine = (row: ServiceRow) =>
    owned.has(row.owner.toLocaleLowerCase('en-US'));
  const services = response.data.services.map(row =>
    mine(row) ? row : { ...row, cells: hideCost(row.cells) },
  );
  const systemsAllMine = new Set(
    response.data.systems
      .map(s => s.ref)
      .filter(ref =>
        response.data.services.filter(r => r.system === ref).every(mine),
      ),
  );
  return {
    ...response,
    data: {
      ...response.data,
      services,
      teams: response.data.teams.map(t =>
        owned.has(t.ref.toLocaleLowerCase('en-US'))
          ? t
          : { ...t, cells: hideCost(t.cells) },
      ),
      systems: response.data.systems.map(s =>
        systemsAllMine.has(s.ref) ? s : { ...s, cells: hideCost(s.cells) },
      ),
    },
  };
}
