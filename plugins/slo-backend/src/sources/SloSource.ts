import { DataSourceKind } from '@runway/runway-common';
import { SloMeasuredVia, SloWindow } from '@runway/plugin-slo-common';
import { SloDefinition } from '../spec/slothSpec';
import { RatioSlice } from '../service/sloMath';

/** What a source measured for one SLO; the service turns it into an `SloReport`. */
export interface SloMeasurement {
  via: SloMeasuredVia;
  /** Error ratio per burn window and over the whole period; null = no traffic. */
  ratios: Record<SloWindow, number | null>;
  /** Sloth's own `slo:period_error_budget_remaining:ratio` when its rules are deployed. */
  budgetRemaining?: number | null;
  /** Why this SLO could not be measured (e.g. Prometheus rejected its spec's query). */
  error?: string;
  /** Burn-down slices over the period, oldest first (only when asked for). */
  slices?: RatioSlice[];
}

export interface SloSourceAlert {
  service: string;
  slo: string;
  alertname: string;
  severity: string;
  since?: string;
}

export interface SloMeasurements {
  /** Keyed by `sloKey(service, name)`; an SLO without data is absent. */
  measurements: Record<string, SloMeasurement>;
  alerts: SloSourceAlert[];
}

/**
 * One per upstream: Prometheus (live) or the demo world. Measures many SLOs at once so the
 * number of upstream calls does not grow with the number of services.
 */
export interface SloSource {
  readonly kind: DataSourceKind;
  readonly name: string;
  measure(
    definitions: SloDefinition[],
    options: {
      now: Date;
      withSeries: boolean;
      /** The windows to measure (all when absent); the others read null. */
      windows?: readonly SloWindow[];
    },
  ): Promise<SloMeasurements>;
}

export const sloKey = (service: string, name: string) => `${service}/${name}`;
