import {
  Cell,
  Cells,
  Family,
  METRIC_FAMILY,
  METRICS,
  RollupRow,
  ServiceRow,
  ScorecardResponse,
} from '@runway/plugin-scorecard-common';

/** What a viewer may see of one guarded family's columns. */
export type FamilyVisibility =
  | { all: true }
  | { all: false; ownedRefs: string[] };

/**
 * The families whose figures the policy shows only to leadership and to a service's owners
 * (`cost.read`, `compliance.read`), and the words a hidden cell says.
 */
export const GUARDED_FAMILIES = {
  cost: 'cost is visible to owners and leadership',
  compliance: 'compliance is visible to owners and leadership',
} as const satisfies Partial<Record<Family, string>>;
export type GuardedFamily = keyof typeof GUARDED_FAMILIES;

export type Visibility = Partial<Record<GuardedFamily, FamilyVisibility>>;

const hidden = (family: GuardedFamily): Cell => ({
  value: null,
  status: 'none',
  trend: null,
  note: GUARDED_FAMILIES[family],
});

function hide(cells: Cells, families: Set<Family>): Cells {
  if (!families.size) return cells;
  const out = { ...cells };
  for (const m of METRICS)
    if (families.has(METRIC_FAMILY[m]))
      out[m] = hidden(METRIC_FAMILY[m] as GuardedFamily);
  return out;
}

/** A rollup with the hidden families' cells blanked and its colours recounted without them. */
function hideRollup(
  rollup: RollupRow,
  members: ServiceRow[],
  families: Set<Family>,
): RollupRow {
  if (!families.size) return rollup;
  const counts = { green: 0, amber: 0, red: 0 };
  for (const row of members)
    for (const m of METRICS) {
      if (families.has(METRIC_FAMILY[m])) continue;
      const status = row.cells[m].status;
      if (status !== 'none') counts[status]++;
    }
  return { ...rollup, cells: hide(rollup.cells, families), counts };
}

/**
 * The page is built once with the scorecard's own identity, so the guarded families are
 * blanked here per viewer: rows the viewer does not own lose those cells, and so do rollups
 * they are not entirely the owner of (their sums and colour counts would reveal other
 * teams' figures). One pass for every guarded family, so the counts leave out all of them.
 */
export function restrictFamilies(
  response: ScorecardResponse,
  visibility: Visibility,
): ScorecardResponse {
  const guarded = (Object.keys(GUARDED_FAMILIES) as GuardedFamily[]).filter(
    f => visibility[f] && !visibility[f]!.all,
  );
  if (!guarded.length) return response;
  const lower = (r: string) => r.toLocaleLowerCase('en-US');
  const owned = Object.fromEntries(
    guarded.map(f => {
      const v = visibility[f] as { ownedRefs: string[] };
      return [f, new Set(v.ownedRefs.map(lower))];
    }),
  ) as Record<GuardedFamily, Set<string>>;
  const { services, teams, systems } = response.data;
  /** The guarded families hidden from a set of rows (a service, or a rollup's members). */
  const hiddenFor = (rows: ServiceRow[], ref?: string) =>
    new Set<Family>(
      guarded.filter(
        f =>
          !(ref !== undefined && owned[f].has(lower(ref))) &&
          !rows.every(r => owned[f].has(lower(r.owner))),
      ),
    );
  return {
    ...response,
    data: {
      ...response.data,
      services: services.map(row => ({
        ...row,
        cells: hide(row.cells, hiddenFor([row])),
      })),
      teams: teams.map(t => {
        const members = services.filter(r => r.owner === t.ref);
        return hideRollup(t, members, hiddenFor(members, t.ref));
      }),
      systems: systems.map(s => {
        const members = services.filter(r => r.system === s.ref);
        return hideRollup(s, members, hiddenFor(members));
      }),
    },
  };
}

/** Cost alone (`cost.read`). */
export const restrictCost = (
  response: ScorecardResponse,
  visibility: FamilyVisibility,
) => restrictFamilies(response, { cost: visibility });
