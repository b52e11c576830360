import { fetchJson, PrometheusClient } from '@runway/runway-node';
import { BurnRateNow } from '@runway/plugin-oncall-common';
import { z } from 'zod/v3';
import { AlertSource, RawAlert } from './AlertSource';
import { PrometheusAlertSource } from './PrometheusAlertSource';

// As Alertmanager's OpenAPI spec documents `gettableAlerts`.
const alertsSchema = z.array(
  z.object({
    labels: z.record(z.string()),
    annotations: z.record(z.string()).default({}),
    fingerprint: z.string(),
    startsAt: z.string(),
    status: z.object({
      state: z.enum(['unprocessed', 'active', 'suppressed']),
    }),
  }),
);

/**
 * Alerts from Alertmanager's `/api/v2/alerts` (active and not silenced), used when
 * `oncall.alertmanager.url` is set: it sees every Prometheus behind it, with fingerprints.
 * Burn rates still come from Prometheus.
 */
export class AlertmanagerAlertSource implements AlertSource {
  readonly name = 'alertmanager';
  readonly kind = 'live' as const;

  private readonly burn: PrometheusAlertSource;

  constructor(
    private readonly options: {
      baseUrl: string;
      headers?: Record<string, string>;
      timeoutMs: number;
      prometheus: PrometheusClient;
    },
  ) {
    this.burn = new PrometheusAlertSource(options.prometheus);
  }

  async listAlerts(): Promise<RawAlert[]> {
    const query = new URLSearchParams({
      active: 'true',
      silenced: 'false',
      inhibited: 'false',
    });
    const alerts = await fetchJson(
      `${this.options.baseUrl.replace(/\/+$/, '')}/api/v2/alerts?${query}`,
      {
        upstream: 'Alertmanager',
        labels: { family: 'oncall' },
        schema: alertsSchema,
        timeoutMs: this.options.timeoutMs,
        init: { headers: this.options.headers },
      },
    );
    return alerts
      .filter(a => a.status.state !== 'suppressed')
      .map(a => ({
        labels: a.labels,
        annotations: a.annotations,
        // Alertmanager only holds alerts Prometheus already fires; "unprocessed" is still firing.
        state: 'firing' as const,
        activeAt: a.startsAt,
        fingerprint: a.fingerprint,
      }));
  }

  burnRates(service: string): Promise<BurnRateNow[]> {
    return this.burn.burnRates(service);
  }
}
