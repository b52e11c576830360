import {
  Cells,
  Family,
  METRIC_FAMILY,
  METRICS,
  Targets,
} from '@runway/plugin-scorecard-common';
import { FAMILY_DEFINITIONS } from '../families';
import { RawMetrics } from './rawMetrics';
import { ColumnJudge } from './rules';

export * from './rules';

/**
 * Judges every column of one service (or one rollup) against the targets, each by its
 * family's column definition. A family that failed blanks its own columns with its reason;
 * the others are judged as usual.
 */
export function judge(
  raw: RawMetrics,
  targets: Targets,
  failed: Partial<Record<Family, string>> = {},
): Cells {
  const cells = {} as Cells;
  for (const metric of METRICS) {
    const family = METRIC_FAMILY[metric];
    const reason = failed[family];
    if (reason) {
      cells[metric] = {
        value: null,
        status: 'none',
        trend: null,
        note: `${family} unavailable: ${reason}`,
      };
      continue;
    }
    const column = FAMILY_DEFINITIONS[family].columns[metric] as ColumnJudge;
    cells[metric] = column(
      raw,
      targets,
      raw.notes[metric] ?? raw.notes[family],
    );
  }
  return cells;
}
