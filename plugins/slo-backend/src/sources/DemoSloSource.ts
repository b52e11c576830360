import {
  demoSloAlerts,
  demoSloDefinitions,
  DemoService,
  demoSloMeasurement,
  DemoSloMeasurement,
  DemoWorld,
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

  /** Each SLO's numbers, computed once per world (the world changes once an hour). */
  private computed?: {
    world: DemoWorld;
    services: Map<string, DemoService>;
    byKey: Map<string, DemoSloMeasurement | undefined>;
  };

  constructor(private readonly config: DemoWorldConfig) {}

  private measurementOf(world: DemoWorld, service: string, slo: string) {
    if (this.computed?.world !== world) {
      this.computed = {
        world,
        services: new Map(world.services.map(s => [s.name, s])),
        byKey: new Map(),
      };
    }
    const { services, byKey } = this.computed;
    const key = sloKey(service, slo);
    if (!byKey.has(key)) {
      const demoService = services.get(service);
      const demoDef =
        demoService &&
        demoSloDefinitions(demoService).find(d => d.name === slo);
      byKey.set(
        key,
        demoService && demoDef
          ? demoSloMeasurement(world, demoService, demoDef)
          : undefined,
      );
    }
    return byKey.get(key);
  }

  async measure(
    definitions: SloDefinition[],
    options: { now: Date; withSeries: boolean },
  ): Promise<SloMeasurements> {
    // The world as of the start of the hour containing `now`: stable within the hour.
    const world = demoWorldFromConfig(this.config, options.now);
    const measurements: Record<string, SloMeasurement> = {};
    for (const def of definitions) {
      const m = this.measurementOf(world, def.service, def.name);
      if (!m) continue;
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
