import {
  CellStatus,
  Family,
  RollupRow,
  Targets,
} from '@runway/plugin-scorecard-common';
import { FAMILY_DEFINITIONS } from '../families';
import { judge } from './colour';
import { EMPTY_RAW, RawMetrics } from './rawMetrics';

/**
 * A group's figures from its services': each family says how its figures combine (money
 * and vulnerabilities add up, the tightest error budget speaks for the group, rates and
 * durations average over the services that have them).
 */
export function combine(raws: RawMetrics[]): RawMetrics {
  const out = { ...EMPTY_RAW, notes: {} } as RawMetrics;
  for (const definition of Object.values(FAMILY_DEFINITIONS)) {
    for (const [key, fn] of Object.entries(definition.combine) as Array<
      [keyof RawMetrics, (values: unknown[]) => unknown]
    >) {
      (out as any)[key] = fn(raws.map(r => r[key]));
    }
  }
  return out;
}

/** One row per group key (team or system), sorted with the most red cells first. */
export function rollUp(
  members: Array<{ key: string; raw: RawMetrics; statuses: CellStatus[] }>,
  targets: Targets,
  failed: Partial<Record<Family, string>>,
): RollupRow[] {
  const groups = new Map<string, typeof members>();
  for (const m of members) groups.set(m.key, [...(groups.get(m.key) ?? []), m]);
  const rows = [...groups.entries()].map(([ref, ms]) => {
    const counts = { green: 0, amber: 0, red: 0 };
    for (const s of ms.flatMap(m => m.statuses)) if (s !== 'none') counts[s]++;
    return {
      ref,
      services: ms.length,
      cells: judge(combine(ms.map(m => m.raw)), targets, failed),
      counts,
    };
  });
  return rows.sort(
    (a, b) => b.counts.red - a.counts.red || a.ref.localeCompare(b.ref),
  );
}
