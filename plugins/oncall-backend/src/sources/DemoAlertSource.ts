import {
  demoFiringAlerts,
  demoSloDefinitions,
  demoSloMeasurement,
  DemoWorldSource,
} from '@runway/demo-node';
import { BurnRateNow } from '@runway/plugin-oncall-common';
import { AlertSource, RawAlert } from './AlertSource';

/** The demo world's alerts: the story's two, firing now, and burn rates from its SLO series. */
export class DemoAlertSource extends DemoWorldSource implements AlertSource {
  /** Shaped as the Prometheus source answers: no sample `value`, which is not an alert field. */
  async listAlerts(): Promise<RawAlert[]> {
    return demoFiringAlerts(this.world()).map(a => ({
      labels: a.labels,
      annotations: a.annotations,
      state: a.state,
      activeAt: a.activeAt,
    }));
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
