import { Config } from '@backstage/config';
import {
  readDemoLatencyMs,
  readFamilyDataSource,
  withDemoLatency,
} from '@runway/runway-node';
import { DemoIncidentSource } from './DemoIncidentSource';
import { IncidentSource } from './IncidentSource';
import { PagerDutyIncidentSource } from './pagerduty/PagerDutyIncidentSource';

/** The key that turns live incidents on. */
export const INCIDENT_KEYS = ['oncall.pagerduty.apiToken'];

/** Demo world in demo mode; PagerDuty when its token is set; else none (incident routes answer 503). */
export function createIncidentSource(
  config: Config,
): IncidentSource | undefined {
  const mode = readFamilyDataSource(config, 'oncall');
  if (mode === 'demo')
    return withDemoLatency(
      new DemoIncidentSource(config),
      readDemoLatencyMs(config),
    );
  if (mode === 'off' || !config.has('oncall.pagerduty.apiToken'))
    return undefined;
  return PagerDutyIncidentSource.fromConfig(config);
}
