import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

export interface ComplianceSettings {
  tagKey: string;
  rpoTargetMinutes: number;
  rtoTargetMinutes: number;
  schedule: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Posture changes slowly and Security Hub re-evaluates controls every 12 to 24 hours, but
 * a missed backup should show within the hour. The timeout covers a refresh of 500
 * services (89 calls, see AwsComplianceSource) at the 20 s per-call timeout: the four
 * sources run in parallel and the longest, AWS Config, makes 61 calls one after another,
 * 20 minutes at worst; 30 leaves room for throttling.
 */
const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { hours: 1 },
  timeout: { minutes: 30 },
};

/**
 * The demo world costs nothing to read and its continuous backups are minutes old at each
 * refresh: every 10 minutes keeps the demo RPO as a live one would read.
 */
const DEMO_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 1 },
};

export function readComplianceConfig(
  config: Config,
  kind: 'demo' | 'live' = 'live',
): ComplianceSettings {
  const fallback = kind === 'demo' ? DEMO_SCHEDULE : DEFAULT_SCHEDULE;
  const schedule = config.has('compliance.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('compliance.schedule'),
      )
    : fallback;
  const positive = (key: string, byDefault: number) => {
    const value = config.getOptionalNumber(key) ?? byDefault;
    if (!(value > 0)) throw new Error(`${key} must be a positive number`);
    return value;
  };
  return {
    tagKey: config.getOptionalString('compliance.tagKey') ?? 'service',
    rpoTargetMinutes: positive('compliance.targets.rpoMinutes', 15),
    rtoTargetMinutes: positive('compliance.targets.rtoMinutes', 60),
    schedule,
  };
}
