import { Config } from '@backstage/config';
import {
  createDemoWorld,
  DEFAULT_SEED,
  DEFAULT_SIZE,
  demoFiringAlerts,
  demoSloDefinitions,
  demoSloMeasurement,
} from '@runway/demo-node';
import { BurnRateNow } from '@runway/plugin-oncall-common';
import { AlertSource, RawAlert } from './AlertSource';

/** The demo world's alerts: the story's two, firing now, and burn rates from its SLO series. */
export class DemoAlertSource implements AlertSource {
  readonly name = 'demo';
  readonly kind = 'demo' as const;

  static fromConfig(config: Config, now?: () => Date) {
    return new DemoAlertSource({
      seed: config.getOptionalNumber('runway.demo.seed') ?? DEFAULT_SEED,
      size: config.getOptionalNumber('runway.demo.size') ?? DEFAULT_SIZE,
      now,
    });
  }

  constructor(
    private readonly options: { seed: number; size: number; now?: () => Date },
  ) {}

  private world() {
    return createDemoWorld({
      seed: this.options.seed,
      size: this.options.size,
      now: this.options.now?.(),
    });
  }

  async listAlerts(): Promise<RawAlert[]> {
    return demoFiringAlerts(this.world());
  }

  async burnRates(serviceName: string): Promise<BurnRateNow[]> {
    const world = this.world();
    const service = world.services.find(s => s.name === serviceName);
    if (!service) return [];
    return demoSloDefinitions(service).map(slo => {
      const ratio = demoSloMeasurement(world, service, slo).ratios['1h'];
      const budget = 1 - slo.objective / 100;
      return {
        slo: slo.name,
        burnRate:
          ratio === null ? null : Math.round((ratio / budget) * 100) / 100,
      };
    });
  }
}
