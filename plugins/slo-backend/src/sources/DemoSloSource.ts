import {
  demoSloAlerts,
  demoSloDefinitions,
  demoSloMeasurement,
  DemoWorldConfig,
  demoWorldFromConfig,
} from '@runway/demo-node';
import { DEMO_SOURCE_NAME } from '@runway/runway-common';
import { SloDefinition } from '../spec/slothSpec';
import {
  SloMeasurement,
  SloMeasurements,
  SloSource,
  sloKey,
} from './SloSource';

/**
 * Serves the demo world's SLO numbers for the SLOs the specs define, exactly as the
 * Prometheus source would for Sloth's recording rules. SLOs the world does not know get no
 * data (shown as such), never invented numbers.
 */
export class DemoSloSource implements SloSource {
  readonly kind = 'demo' as const;
  readonly name = DEMO_SOURCE_NAME;

  constructor(private readonly config: DemoWorldConfig) {}

  async measure(
    definitions: SloDefinition[],
    options: { now: Date; withSeries: boolean },
  ): Promise<SloMeasurements> {
    // The world as of the start of the hour containing `now`: stable within the hour.
    const world = demoWorldFromConfig(this.config, options.now);
    const services = new Map(world.services.map(s => [s.name, s]));
    const measurements: Record<string, SloMeasurement> = {};
    for (const def of definitions) {
      const service = services.get(def.service);
      const demoDef =
        service && demoSloDefinitions(service).find(d => d.name === def.name);
      if (!service || !demoDef) continue;
      const m = demoSloMeasurement(world, service, demoDef);
      measurements[sloKey(def.service, def.name)] = {
        via: 'demo',
        ratios: { ...m.ratios },
        slices: options.withSeries
          ? m.slices.map(s => ({ t: s.t, ratio: s.ratio, weight: s.requests }))
          : undefined,
      };
    }
    const wanted = new Set(definitions.map(d => d.service));
    const alerts = demoSloAlerts(world)
      .filter(a => wanted.has(a.service))
      .map(a => ({
        service: a.service,
        slo: a.slo,
        alertname: a.alertname,
        severity: a.severity,
        since: a.since,
      }));
    return { measurements, alerts };
  }
}
