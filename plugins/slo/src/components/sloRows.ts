import { EntitySlos, SloReport } from '@runway/plugin-slo-common';

export interface SloRow {
  id: string;
  entityRef: string;
  slo: SloReport;
}

/**
 * Flattens entities into one row per SLO, least budget left first; SLOs without traffic go
 * last (nothing to judge), then by name so the order is stable.
 */
export function sloRowsByBudgetLeft(items: EntitySlos[]): SloRow[] {
  const rows = items.flatMap(i =>
    i.slos.map(slo => ({
      id: `${i.entityRef}/${slo.name}`,
      entityRef: i.entityRef,
      slo,
    })),
  );
  const left = (r: SloRow) =>
    r.slo.budget.remaining ?? Number.POSITIVE_INFINITY;
  return rows.sort((a, b) => left(a) - left(b) || a.id.localeCompare(b.id));
}

/** `component:default/checkout-api` -> `/catalog/default/component/checkout-api/slos`. */
export function entitySlosPath(entityRef: string): string {
  const m = /^([^:]+):([^/]+)\/(.+)$/.exec(entityRef);
  if (!m) return '/catalog';
  return `/catalog/${m[2]}/${m[1]}/${m[3]}/slos`;
}
