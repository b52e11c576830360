import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { SeverityGates } from './service/gate';

/** Everything the security family reads from config, besides its source (`sources/createSource.ts`). */
export interface SecuritySettings {
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** When services never scanned yet are looked for and scanned (`security.newServicesSchedule`). */
  newServicesSchedule: SchedulerServiceTaskScheduleDefinition;
  /** 90 % of the schedule's timeout: services not started by then are recorded as failed. */
  refreshBudgetMs: number;
  gates: SeverityGates;
  /** Largest accepted report body, in bytes (`security.ingest.maxBytes`, default 10 MiB). */
  maxReportBytes: number;
}

/**
 * Every minute: one catalog query and one database read when nothing is new, so a service
 * registered between hourly refreshes reads "never scanned" for a minute, not an hour.
 */
export const DEFAULT_NEW_SERVICES_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 30 },
  };

/** Reads `security.*` once, at start-up. */
export function readSecurityConfig(config: Config): SecuritySettings {
  const schedule = readSecuritySchedule(config);
  return {
    schedule,
    newServicesSchedule: config.has('security.newServicesSchedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          config.getConfig('security.newServicesSchedule'),
        )
      : DEFAULT_NEW_SERVICES_SCHEDULE,
    refreshBudgetMs: Math.floor(timeoutMsOf(schedule) * 0.9),
    gates: SeverityGates.fromConfig(config),
    maxReportBytes:
      config.getOptionalNumber('security.ingest.maxBytes') ?? 10 * 1024 * 1024,
  };
}

/**
 * Hourly, with a 10 minute timeout. Measured: 500 services on the demo source with 50 ms
 * latency refresh in about 5 s on SQLite and 10 s on PostgreSQL. Against AWS a refresh is
 * about 1,000 ECR calls (12 services at a time) plus a few account-wide pages: about a
 * minute when AWS answers in 1 s, 7 minutes when every call hangs to its 10 s timeout
 * (DescribeImages fails, the second call is never made). Past 90 % of the timeout the
 * refresher starts no more services and records the rest as failed, so even a slower AWS
 * ends with every service accounted for.
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
