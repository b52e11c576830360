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

/**
 * Cost Explorer bills per request and updates a few times a day: every 8 hours is plenty.
 * The timeout covers a first refresh of 500 services: about 57 calls (46 daily pages, 5
 * monthly, 1 forecast, 5 of budgets) that may each take up to `cost.aws.timeoutMs` (20 s)
 * when Cost Explorer is slow, i.e. 19 minutes at worst; 30 leaves room for throttling.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 8 },
  timeout: { minutes: 30 },
};

export function readCostConfig(config: Config): CostSettings {
  const schedule = config.has('cost.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('cost.schedule'),
      )
    : DEFAULT_SCHEDULE;
  return {
    tagKey: config.getOptionalString('cost.tagKey') ?? 'service',
    teamTagKey: config.getOptionalString('cost.teamTagKey') ?? 'team',
    days: config.getOptionalNumber('cost.days') ?? 90,
    schedule,
  };
}
