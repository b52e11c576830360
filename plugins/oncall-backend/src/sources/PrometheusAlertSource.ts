import { PrometheusClient } from '@runway/runway-node';
import { BurnRateNow } from '@runway/plugin-oncall-common';
import { AlertSource, RawAlert } from './AlertSource';

const LABEL_VALUE = /^[A-Za-z0-9_.:-]+$/;

/** Alerts from Prometheus' `/api/v1/alerts`, through the SLO family's client (no second client). */
export class PrometheusAlertSource implements AlertSource {
  readonly name = 'prometheus';
  readonly kind = 'live' as const;

  constructor(private readonly prometheus: PrometheusClient) {}

  async listAlerts(): Promise<RawAlert[]> {
    const alerts = await this.prometheus.alerts();
    return alerts.flatMap(a =>
      a.state === 'inactive'
        ? []
        : [
            {
              labels: a.labels,
              annotations: a.annotations ?? {},
              state: a.state,
              activeAt: a.activeAt,
            },
          ],
    );
  }

  /** Sloth records `slo:current_burn_rate:ratio` per SLO; we read it rather than recompute it. */
  async burnRates(service: string): Promise<BurnRateNow[]> {
    // The service name goes into PromQL: accept label-safe names only, never quotes or braces.
    if (!LABEL_VALUE.test(service)) return [];
    const samples = await this.prometheus.query(
      `slo:current_burn_rate:ratio{sloth_service="${service}"}`,
    );
    return samples
      .map(s => ({
        slo: s.metric.sloth_slo ?? 'unknown',
        burnRate: Number.isFinite(Number(s.value[1]))
          ? Number(s.value[1])
          : null,
      }))
      .sort((a, b) => a.slo.localeCompare(b.slo));
  }
}
