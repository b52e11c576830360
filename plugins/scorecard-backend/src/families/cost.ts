import { z } from 'zod/v3';
import { costMetrics } from '../service/rawMetrics';
import { cell, costTrend, growth, lowerIsBetter } from '../service/rules';
import { FamilyDefinition, mean, sum } from './types';

export const costFamily: FamilyDefinition<'cost'> = {
  family: 'cost',
  item: z.object({ status: z.string() }),
  fields: [
    'status',
    'summary.forecast',
    'summary.monthToDate',
    'summary.lastMonthToDate',
    'summary.costPer1kRequests',
  ],
  read: costMetrics,
  combine: {
    monthlyCostUsd: sum,
    monthToDate: sum,
    lastMonthToDate: sum,
    costPerRequestUsd: mean,
  },
  columns: {
    // Judged on growth, not on the amount: a big service is not a red one.
    monthlyCost: (raw, t, note) =>
      cell(
        raw.monthlyCostUsd,
        lowerIsBetter(growth(raw), t.monthlyCostGrowth, 2.5),
        costTrend(raw),
        note,
      ),
    costPerRequest: (raw, t, note) =>
      cell(
        raw.costPerRequestUsd,
        lowerIsBetter(raw.costPerRequestUsd, t.costPerRequestUsd),
        null,
        note,
      ),
  },
};
