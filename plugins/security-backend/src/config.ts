import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/**
 * Hourly, with a 10 minute timeout. 500 services on the demo source with 50 ms latency
 * take about 25 s (measured in `Refresher.scale.test.ts`); against AWS the refresh is
 * about 1,000 ECR calls (12 at a time) plus a few account-wide pages, around a minute when
 * AWS answers in 500 ms, and the refresher stops starting services after 90 % of the
 * timeout so a slow AWS still ends with every service recorded.
 */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 60 },
  timeout: { minutes: 10 },
};

/**
 * `security.schedule` (Backstage's task schedule shape). The former
 * `security.refresh.frequencyMinutes` is still honoured when no schedule is given.
 */
export function readSecuritySchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  if (config.has('security.schedule')) {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(
      config.getConfig('security.schedule'),
    );
  }
  const minutes = config.getOptionalNumber('security.refresh.frequencyMinutes');
  return minutes === undefined
    ? DEFAULT_SCHEDULE
    : { ...DEFAULT_SCHEDULE, frequency: { minutes } };
}

/** The schedule's timeout in milliseconds. */
export function timeoutMsOf(
  schedule: SchedulerServiceTaskScheduleDefinition,
): number {
  const timeout = schedule.timeout as HumanDuration | { toMillis(): number };
  return 'toMillis' in timeout && typeof timeout.toMillis === 'function'
    ? timeout.toMillis()
    : durationToMilliseconds(timeout as HumanDuration);
}
