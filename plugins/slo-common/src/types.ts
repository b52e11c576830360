import { Sourced } from '@runway/runway-common';
import { BurnWindow } from './windows';

/** Where an entity's Sloth spec lives, relative to its catalog-info.yaml. @public */
export const SLO_LOCATION_ANNOTATION = 'runway.dev/slo-location';

/** `no-data`: no traffic in any window, so nothing burns and nothing can be judged. @public */
export type SloStatus = 'ok' | 'ticket' | 'page' | 'no-data';

/** How the numbers were obtained. @public */
export type SloMeasuredVia = 'sloth-recording-rules' | 'spec-queries' | 'demo';

/** One point of the error-budget burn-down. @public */
export interface BudgetPoint {
  /** ISO time. */
  t: string;
  /** Fraction of the window's budget left at `t` (1 = untouched, below 0 = overspent). */
  remaining: number;
}

/** @public */
export interface FiringSloAlert {
  alertname: string;
  severity: string;
  since?: string;
}

/** One SLO, evaluated. Ratios are 0..1; the objective is a percentage as in the spec. @public */
export interface SloReport {
  /** Sloth's `service` and `slo.name` (the `sloth_service`, `sloth_slo` labels). */
  service: string;
  name: string;
  description?: string;
  objective: number;
  windowDays: number;
  /** Good events / all events over the window; null when there was no traffic. */
  sli: number | null;
  budget: {
    /** Allowed error ratio: 1 - objective. */
    total: number;
    /** Fraction of the budget spent over the window (may exceed 1). */
    consumed: number | null;
    /** 1 - consumed (may go below 0). */
    remaining: number | null;
  };
  /** Error ratio divided by the allowed error ratio, per window; null = no traffic. */
  burnRates: Record<BurnWindow, number | null>;
  status: SloStatus;
  alerts: FiringSloAlert[];
  via: SloMeasuredVia;
  /** Why this SLO has no numbers (e.g. Prometheus rejected its query), safe to show. */
  error?: string;
  /** The burn-down over the window; only on the per-entity endpoint. */
  series?: BudgetPoint[];
}

/** The SLOs of one entity, or why they could not be read. @public */
export interface EntitySlos {
  entityRef: string;
  slos: SloReport[];
  /** Per-entity problem (spec missing, unreadable, invalid), safe to show. */
  error?: string;
}

/** GET /entity/:kind/:namespace/:name @public */
export type EntitySlosResponse = Sourced<EntitySlos>;

/** POST /batch and GET /all @public */
export type SloBatchResponse = Sourced<{ items: EntitySlos[] }>;

/** Most severe status first, for cards and sorting. @public */
export const STATUS_SEVERITY: Record<SloStatus, number> = {
  page: 3,
  ticket: 2,
  ok: 1,
  'no-data': 0,
};

/** The worst status among SLOs (what the entity card shows). @public */
export function worstStatus(slos: Pick<SloReport, 'status'>[]): SloStatus {
  return slos.reduce<SloStatus>(
    (worst, s) =>
      STATUS_SEVERITY[s.status] > STATUS_SEVERITY[worst] ? s.status : worst,
    'no-data',
  );
}

/** Lowest remaining budget among SLOs, null if none has traffic. @public */
export function leastBudgetLeft(
  slos: Pick<SloReport, 'budget'>[],
): number | null {
  const values = slos
    .map(s => s.budget.remaining)
    .filter((v): v is number => v !== null);
  return values.length ? Math.min(...values) : null;
}
