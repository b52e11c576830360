import { Config } from '@backstage/config';
import { withDemoLatency } from '@runway/runway-node';
import { OncallSettings } from '../config';
import { DemoIncidentSource } from './DemoIncidentSource';
import { IncidentSource } from './IncidentSource';
import { PagerDutyClient } from './pagerduty/PagerDutyClient';
import { PagerDutyIncidentSource } from './pagerduty/PagerDutyIncidentSource';

/** The key that turns live incidents on. */
export const INCIDENT_KEYS = ['oncall.pagerduty.apiToken'];

/**
 * Demo world in demo mode; PagerDuty when its token is set; else none (incident routes
 * answer 503). `config` is only for the demo world's seed and size.
 */
export function createIncidentSource(
  settings: OncallSettings,
  config: Config,
): IncidentSource | undefined {
  const { mode, pagerduty } = settings;
  if (mode === 'demo')
    return withDemoLatency(
      new DemoIncidentSource(config),
      settings.demoLatencyMs,
    );
  if (mode === 'off' || !pagerduty) return undefined;
  return new PagerDutyIncidentSource(new PagerDutyClient(pagerduty));
}
