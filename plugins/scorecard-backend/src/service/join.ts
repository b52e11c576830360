import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  FAMILIES,
  Family,
  FamilyState,
  METRICS,
  RollupRow,
  ServiceRow,
  Targets,
} from '@runway/plugin-scorecard-common';
import { judge } from './colour';
import { FAMILY_DEFINITIONS, FamilyItems } from '../families';
import { EMPTY_RAW, RawMetrics } from './rawMetrics';
import { rollUp } from './rollup';

/** What each family's batch answered, keyed by entity ref; undefined when the family failed. */
export type FamilyData = {
  [F in Family]?: Map<string, FamilyItems[F]>;
};

export interface JoinResult {
  services: ServiceRow[];
  teams: RollupRow[];
  systems: RollupRow[];
}

/** `group:default/team-x` -> `team-x` style display keys stay refs; only defaults are filled in. */
function relationRef(value: unknown, kind: string): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  if (value.includes(':'))
    return value.includes('/') ? value : value.replace(':', ':default/');
  return `${kind}:default/${value}`;
}

/**
 * Joins the families' answers per service and rolls them up per team and system. Pure: the
 * same entities and answers give the same table, so it is tested with plain tables.
 */
export function joinScorecard(
  entities: Entity[],
  data: FamilyData,
  families: Record<Family, FamilyState>,
  targets: Targets,
): JoinResult {
  const failed: Partial<Record<Family, string>> = {};
  for (const state of Object.values(families)) {
    if (state.status === 'failed')
      failed[state.family] = state.error ?? 'failed';
    // An off family's columns are not shown, and its message (the keys to set) is said once
    // in `families`: repeated in each of its cells it was a quarter of a live 500-service page.
    else if (state.status === 'off') failed[state.family] = 'not configured';
    else if (state.status === 'absent')
      failed[state.family] = 'not installed in this backend';
  }
  const members: Array<{ row: ServiceRow; raw: RawMetrics }> = entities.map(
    entity => {
      const ref = stringifyEntityRef(entity);
      // Refs compare case-insensitively in Backstage; the maps are keyed lower-case.
      const key = ref.toLocaleLowerCase('en-US');
      const raw: RawMetrics = { ...EMPTY_RAW, notes: {} };
      for (const family of FAMILIES) {
        const answer = data[family] as Map<string, any> | undefined;
        if (!answer) continue;
        const { note, notes, ...figures } = FAMILY_DEFINITIONS[family].read(
          answer.get(key),
        );
        Object.assign(raw, figures);
        Object.assign(raw.notes, notes);
        if (note) raw.notes[family] = note;
      }
      const spec = (entity.spec ?? {}) as Record<string, unknown>;
      const row: ServiceRow = {
        entityRef: ref,
        name: entity.metadata.name,
        ...(entity.metadata.title ? { title: entity.metadata.title } : {}),
        owner: relationRef(spec.owner, 'group') ?? 'unowned',
        ...(relationRef(spec.system, 'system')
          ? { system: relationRef(spec.system, 'system') }
          : {}),
        cells: judge(raw, targets, failed),
      };
      return { row, raw };
    },
  );
  const statuses = (row: ServiceRow) => METRICS.map(m => row.cells[m].status);
  const services = members
    .map(m => m.row)
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    services,
    teams: rollUp(
      members.map(m => ({
        key: m.row.owner,
        raw: m.raw,
        statuses: statuses(m.row),
      })),
      targets,
      failed,
    ),
    systems: rollUp(
      members
        .filter(m => m.row.system)
        .map(m => ({
          key: m.row.system!,
          raw: m.raw,
          statuses: statuses(m.row),
        })),
      targets,
      failed,
    ),
  };
}
