import { BurnRateNow } from '@runway/plugin-oncall-common';

/** An alert as the upstream lists it, before it is matched to the catalog. */
export interface RawAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'firing' | 'pending';
  activeAt?: string;
  /** Alertmanager's own id; Prometheus has none, so we hash the labels. */
  fingerprint?: string;
}

/** The one upstream interface of the on-call family: Prometheus, Alertmanager or the demo world. */
export interface AlertSource {
  /** Names the upstream in `source.name` and in error messages. */
  readonly name: string;
  readonly kind: 'demo' | 'live';
  /** Firing and pending alerts, all services at once (one upstream call whatever the count). */
  listAlerts(): Promise<RawAlert[]>;
  /** Current burn rate of each SLO of one service. */
  burnRates(service: string): Promise<BurnRateNow[]>;
}
