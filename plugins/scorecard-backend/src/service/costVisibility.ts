import {
  Cells,
  METRIC_FAMILY,
  METRICS,
  RollupRow,
  ServiceRow,
  ScorecardResponse,
} from '@runway/plugin-scorecard-common';

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

const NON_COST = METRICS.filter(m => METRIC_FAMILY[m] !== 'cost');

/** A rollup with its cost cells blanked and its colour counts recounted without cost. */
function hideRollupCost(rollup: RollupRow, members: ServiceRow[]): RollupRow {
  const counts = { green: 0, amber: 0, red: 0 };
  for (const row of members) {
    for (const m of NON_COST) {
      const status = row.cells[m].status;
      if (status !== 'none') counts[status]++;
    }
  }
  return { ...rollup, cells: hideCost(rollup.cells), counts };
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
      // The red/amber/green counts include the cost cells: recount hidden rollups without them.
      teams: response.data.teams.map(t =>
        owned.has(t.ref.toLocaleLowerCase('en-US'))
          ? t
          : hideRollupCost(
              t,
              response.data.services.filter(r => r.owner === t.ref),
            ),
      ),
      systems: response.data.systems.map(s =>
        systemsAllMine.has(s.ref)
          ? s
          : hideRollupCost(
              s,
              response.data.services.filter(r => r.system === s.ref),
            ),
      ),
    },
  };
}
