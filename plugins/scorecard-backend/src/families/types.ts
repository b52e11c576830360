import type { ComplianceSummary } from '@runway/plugin-compliance-common';
import type { BatchCostItem } from '@runway/plugin-cost-common';
import type { DeploymentSummary } from '@runway/plugin-deployments-common';
import type { FlagsSummary } from '@runway/plugin-flags-common';
import type { QualitySummary } from '@runway/plugin-quality-common';
import type { SecuritySummary } from '@runway/plugin-security-common';
import type { EntitySlos } from '@runway/plugin-slo-common';
import { Family, MetricId, Trend } from '@runway/plugin-scorecard-common';
import { MeasurementState } from '@runway/runway-common';
import { z } from 'zod/v3';
import { RawMetrics } from '../service/rawMetrics';
import { ColumnJudge } from '../service/rules';

/** One batch item per family, as the families' -common types declare them. */
export interface FamilyItems {
  deployments: DeploymentSummary;
  slo: EntitySlos;
  security: SecuritySummary;
  cost: BatchCostItem;
  quality: QualitySummary;
  compliance: ComplianceSummary;
  flags: FlagsSummary;
}

/** What one service's item gives: figures, a family-wide note and per-column notes. */
export type FamilyReading = Partial<Omit<RawMetrics, 'notes'>> & {
  note?: string;
  notes?: Partial<Record<MetricId, string>>;
};

/** How a team's or system's figure is made from its services' figures. */
export type Combiner<K extends keyof RawMetrics> = (
  values: Array<RawMetrics[K]>,
) => RawMetrics[K];

/**
 * Everything the scorecard knows about one family, in one place: the fields of its batch
 * item the join relies on, how an item becomes figures, how figures roll up, and how each
 * of its columns is judged. Adding a family is adding one of these (plus its targets).
 */
export interface FamilyDefinition<F extends Family> {
  family: F;
  /** The fields of one batch item the join reads; the rest passes through unchecked. */
  item: z.ZodObject<z.ZodRawShape>;
  /**
   * The paths of a batch item `read` uses, asked of the family's batch route (`fields`):
   * the family sends those and nothing else. families.test.ts fails when `read` touches a
   * path not listed here.
   */
  fields: string[];
  /** Undefined item: the family did not return this service. */
  read(item: FamilyItems[F] | undefined): FamilyReading;
  combine: { [K in keyof RawMetrics]?: Combiner<K> };
  /** The family's columns; each gets its own note, else the family's. */
  columns: Partial<Record<MetricId, ColumnJudge>>;
}

const known = (xs: Array<number | null>) =>
  xs.filter((x): x is number => x !== null);
const fold =
  (f: (k: number[]) => number) =>
  (xs: Array<number | null>): number | null => {
    const k = known(xs);
    return k.length ? f(k) : null;
  };
export const mean = fold(k => k.reduce((a, b) => a + b, 0) / k.length);
export const sum = fold(k => k.reduce((a, b) => a + b, 0));
export const min = fold(k => Math.min(...k));
export const max = fold(k => Math.max(...k));
export const any = (xs: boolean[]) => xs.some(Boolean);

/** The most common trend among services, ties read as steady. */
export function majorityTrend(trends: Array<Trend | null>): Trend | null {
  const k = trends.filter((t): t is Trend => t !== null);
  if (!k.length) return null;
  const up = k.filter(t => t === 'improving').length;
  const down = k.filter(t => t === 'worsening').length;
  if (up > down && up > k.length / 2) return 'improving';
  if (down > up && down > k.length / 2) return 'worsening';
  return 'steady';
}

/** A number the source produced, or null: absent, null or not a number is no data. */
export const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * Why a family's measurement gives no figures, or undefined when it does: never measured and
 * failed-without-a-previous-success are no data, not zero.
 */
export function measurementNote(
  state: MeasurementState | undefined,
  never: string,
): string | undefined {
  if (!state || state.state === 'ok') return undefined;
  if (state.state === 'never') return `never measured: ${never}`;
  if (state.lastSuccessAt) return undefined;
  return `no data: last attempt failed${state.at ? ` at ${state.at}` : ''}${
    state.error ? ` (${state.error})` : ''
  }`;
}
