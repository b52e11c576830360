import {
  createDemoWorld,
  DEFAULT_SEED,
  DEFAULT_SIZE,
  demoSloAlerts,
  demoSloDefinitions,
  demoSloMeasurement,
  DemoWorld,
} from '@runway/demo-node';
import { DEMO_SOURCE_NAME } from '@runway/runway-common';
import { Config } from '@backstage/config';
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

  static fromConfig(config: Config): DemoSloSource {
    return new DemoSloSource({
      seed: config.getOptionalNumber('runway.demo.seed') ?? DEFAULT_SEED,
      size: config.getOptionalNumber('runway.demo.size') ?? DEFAULT_SIZE,
    });
  }

  constructor(private readonly options: { seed: number; size: number }) {}

  /** The world as of the start of the hour containing `now`: stable within the hour. */
  world(now: Date): DemoWorld {
    const hour = new Date(Math.floor(now.getTime() / 3600_000) * 3600_000);
    return createDemoWorld({ ...this.options, now: hour });
  }

  async measure(
    definitions: SloDefinition[],
    options: { now: Date; withSeries: boolean },
  ): Promise<SloMeasurements> {
    const world = this.world(options.now);
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
