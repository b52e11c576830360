import { PrometheusClient } from '@runway/runway-node';
import { DailyRequests, RequestCountSource } from './types';
import { isoDay } from './dates';

const DAY_S = 86_400;

export interface PrometheusRequestSourceOptions {
  /** Counter of served requests, e.g. `http_requests_total`. */
  metric: string;
  /** The label carrying the service name, equal to its cost tag value. */
  serviceLabel: string;
}

/**
 * Daily request counts of every service from ONE range query: `increase` over a day,
 * sampled at each UTC midnight, summed by the service label. Only complete days are
 * asked for; today has no count (and so no cost per request) until it ends.
 */
export class PrometheusRequestSource implements RequestCountSource {
  readonly name = 'prometheus';

  constructor(
    private readonly prometheus: PrometheusClient,
    private readonly options: PrometheusRequestSourceOptions,
  ) {}

  /** The one query, exposed so tests and docs show exactly what is asked. */
  promql(): string {
    const { metric, serviceLabel } = this.options;
    return `sum by (${serviceLabel}) (increase(${metric}[1d]))`;
  }

  async dailyRequests(dates: string[], now: Date): Promise<DailyRequests> {
    const complete = dates.filter(
      d => Date.parse(`${d}T00:00:00Z`) + DAY_S * 1000 <= now.getTime(),
    );
    const result: DailyRequests = new Map();
    if (complete.length === 0) return result;
    // The sample at midnight D+1 covers day D.
    const start = new Date(
      Date.parse(`${complete[0]}T00:00:00Z`) + DAY_S * 1000,
    );
    const end = new Date(
      Date.parse(`${complete[complete.length - 1]}T00:00:00Z`) + DAY_S * 1000,
    );
    const series = await this.prometheus.queryRange(
      this.promql(),
      start,
      end,
      DAY_S,
    );
    for (const s of series) {
      const service = s.metric[this.options.serviceLabel];
      if (!service) continue;
      const days = new Map<string, number>();
      for (const [t, v] of s.values) {
        const value = Number(v);
        if (Number.isFinite(value))
          days.set(isoDay((t - DAY_S) * 1000), Math.round(value));
      }
      result.set(service, days);
    }
    return result;
  }
}
