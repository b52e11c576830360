import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

export interface CostSettings {
  tagKey: string;
  teamTagKey: string;
  days: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/** Cost Explorer bills per request and updates a few times a day: every 8 hours is plenty. */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 8 },
  timeout: { minutes: 15 },
};

export function readCostConfig(config: Config): CostSettings {
  const schedule = config.has('cost.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(config.getConfig('cost.schedule'))
    : DEFAULT_SCHEDULE;
  return {
    tagKey: config.getOptionalString('cost.tagKey') ?? 'service',
    teamTagKey: config.getOptionalString('cost.teamTagKey') ?? 'team',
    days: config.getOptionalNumber('cost.days') ?? 90,
    schedule,
  };
}
