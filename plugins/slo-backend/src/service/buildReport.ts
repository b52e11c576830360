import {
  BURN_WINDOWS,
  BurnWindow,
  SLO_PERIOD_DAYS,
  FiringSloAlert,
  SloReport,
} from '@runway/plugin-slo-common';
import { SloDefinition } from '../spec/slothSpec';
import { SloMeasurement } from '../sources/SloSource';
import {
  budgetBurnDown,
  budgetFromPeriodRatio,
  burnRate,
  errorBudget,
  sloStatus,
} from './sloMath';

/**
 * One SLO's report from its definition and what the source measured. An SLO the source has
 * no data for is reported as `no-data` rather than left out, so a missing metric is visible.
 */
export function buildReport(
  def: SloDefinition,
  measurement: SloMeasurement | undefined,
  alerts: FiringSloAlert[],
  withSeries: boolean,
  /** What to call the source when it had nothing for this SLO. */
  defaultVia: SloReport['via'] = 'spec-queries',
): SloReport {
  const budget = errorBudget(def.objective);
  const burnRates = {} as Record<BurnWindow, number | null>;
  for (const w of BURN_WINDOWS)
    burnRates[w] = burnRate(measurement?.ratios[w] ?? null, budget);
  const period = budgetFromPeriodRatio(
    measurement?.ratios['30d'] ?? null,
    budget,
  );
  // Sloth's own remaining budget wins when its rules are deployed: it is what its alerts use.
  const remaining =
    measurement?.budgetRemaining !== undefined &&
    measurement.budgetRemaining !== null
      ? measurement.budgetRemaining
      : period.remaining;
  return {
    service: def.service,
    name: def.name,
    description: def.description,
    objective: def.objective,
    windowDays: SLO_PERIOD_DAYS,
    sli: period.sli,
    budget: {
      total: budget,
      consumed: remaining === null ? null : 1 - remaining,
      remaining,
    },
    burnRates,
    status: sloStatus(burnRates),
    alerts,
    via: measurement?.via ?? defaultVia,
    ...(measurement?.error ? { error: measurement.error } : {}),
    ...(withSeries
      ? { series: budgetBurnDown(measurement?.slices ?? [], budget) }
      : {}),
  };
}
