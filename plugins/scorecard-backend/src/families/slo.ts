import { z } from 'zod/v3';
import { sloMetrics } from '../service/rawMetrics';
import {
  availabilityStatus,
  budgetStatus,
  cell,
  lowerIsBetter,
} from '../service/rules';
import { any, FamilyDefinition, majorityTrend, mean, min } from './types';

export const sloFamily: FamilyDefinition<'slo'> = {
  family: 'slo',
  item: z.object({ slos: z.array(z.any()) }),
  // Each SLO's SLI, budget left and the two burn rates of its trend; not its alerts.
  fields: [
    'error',
    'slos.name',
    'slos.description',
    'slos.sli',
    'slos.budget.remaining',
    'slos.burnRates.1d',
    'slos.burnRates.3d',
  ],
  read: sloMetrics,
  combine: {
    availabilityPct: mean,
    availabilityTrend: majorityTrend,
    latencyP95Ms: mean,
    latencyAboveThreshold: any,
    // The tightest service's budget: the one leadership must hear about.
    errorBudgetLeft: min,
    errorBudgetTrend: majorityTrend,
  },
  columns: {
    availability: (raw, t, note) =>
      cell(
        raw.availabilityPct,
        availabilityStatus(raw.availabilityPct, t.availability),
        raw.availabilityTrend,
        note,
      ),
    latencyP95: (raw, t, note) =>
      raw.latencyAboveThreshold
        ? {
            value: null,
            status: 'red',
            trend: null,
            note: 'p95 above the latency SLO threshold',
          }
        : cell(
            raw.latencyP95Ms,
            lowerIsBetter(raw.latencyP95Ms, t.latencyP95Ms, 1.5),
            null,
            note,
          ),
    errorBudget: (raw, t, note) =>
      cell(
        raw.errorBudgetLeft,
        budgetStatus(raw.errorBudgetLeft, t.errorBudgetLeft),
        raw.errorBudgetTrend,
        note,
      ),
  },
};
