import { z } from 'zod/v3';
import { deploymentMetrics } from '../service/rawMetrics';
import { cell, higherIsBetter, lowerIsBetter } from '../service/rules';
import { FamilyDefinition, mean } from './types';

export const deploymentsFamily: FamilyDefinition<'deployments'> = {
  family: 'deployments',
  item: z.object({}),
  // The DORA figures and the last deploy's rollback times; not the deploy history.
  fields: [
    'error',
    'dora.deploysPerDay',
    'dora.leadTimeHours',
    'dora.changeFailureRate',
    'dora.timeToRestoreMinutes',
    'dora.timeToRestoreHours',
    'dora.rollbackMinutes',
    'lastDeploy.deployedAt',
    'lastDeploy.rolledBackAt',
  ],
  read: deploymentMetrics,
  // Rates and durations average over the services that have them.
  combine: {
    deploysPerDay: mean,
    leadTimeHours: mean,
    changeFailureRate: mean,
    timeToRestoreMinutes: mean,
    rollbackMinutes: mean,
  },
  columns: {
    deployFrequency: (raw, t, note) =>
      cell(
        raw.deploysPerDay,
        higherIsBetter(raw.deploysPerDay, t.deploysPerDay, 1 / 7),
        null,
        note,
      ),
    leadTime: (raw, t, note) =>
      cell(
        raw.leadTimeHours,
        lowerIsBetter(raw.leadTimeHours, t.leadTimeHours, 7),
        null,
        note,
      ),
    changeFailureRate: (raw, t, note) =>
      cell(
        raw.changeFailureRate,
        lowerIsBetter(raw.changeFailureRate, t.changeFailureRate),
        null,
        note,
      ),
    timeToRestore: (raw, t, note) =>
      cell(
        raw.timeToRestoreMinutes,
        lowerIsBetter(raw.timeToRestoreMinutes, t.timeToRestoreMinutes),
        null,
        note ?? 'no failed deploy to restore',
      ),
    rollbackTime: (raw, t, note) =>
      cell(
        raw.rollbackMinutes,
        lowerIsBetter(raw.rollbackMinutes, t.rollbackMinutes),
        null,
        note ?? 'no rollback',
      ),
  },
};
