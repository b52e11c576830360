import {
  CellStatus,
  MetricId,
  Scorecard,
  ServiceRow,
} from '@runway/plugin-scorecard-common';
import { METRIC_INFO } from './metrics';

export interface Risk {
  row: ServiceRow;
  red: MetricId[];
}

export interface ReadoutSummary {
  services: number;
  teams: number;
  /** Share of judged cells that are green, 0..1. */
  greenShare: number;
  /** Per metric: how many services are in each colour. */
  byMetric: Array<{ id: MetricId; label: string } & Record<CellStatus, number>>;
  totalMonthlyCost: number | null;
  criticalVulns: number | null;
  budgetsSpent: number;
  /** Services with the most red cells; ties broken by name so the page is stable. */
  topRisks: Risk[];
}

export function summarise(data: Scorecard, topN = 10): ReadoutSummary {
  // An off family's metrics are left out; no-data cells ('none') never count as green.
  const shown = METRIC_INFO.filter(
    m => data.families[m.family]?.status !== 'off',
  );
  const byMetric = shown.map(m => {
    const counts: Record<CellStatus, number> = {
      green: 0,
      amber: 0,
      red: 0,
      none: 0,
    };
    for (const s of data.services) counts[s.cells[m.id]?.status ?? 'none']++;
    return { id: m.id, label: m.label, ...counts };
  });
  const judged = byMetric.reduce((n, m) => n + m.green + m.amber + m.red, 0);
  const green = byMetric.reduce((n, m) => n + m.green, 0);
  const sumOf = (id: MetricId) => {
    const values = data.services
      .map(s => s.cells[id]?.value ?? null)
      .filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const topRisks = data.services
    .map(row => ({
      row,
      red: shown.map(m => m.id).filter(id => row.cells[id]?.status === 'red'),
    }))
    .filter(r => r.red.length > 0)
    .sort(
      (a, b) =>
        b.red.length - a.red.length || a.row.name.localeCompare(b.row.name),
    )
    .slice(0, topN);
  return {
    services: data.services.length,
    teams: data.teams.length,
    greenShare: judged ? green / judged : 0,
    byMetric,
    totalMonthlyCost: sumOf('monthlyCost'),
    criticalVulns: sumOf('criticalVulns'),
    budgetsSpent: data.services.filter(
      s => s.cells.errorBudget.value !== null && s.cells.errorBudget.value <= 0,
    ).length,
    topRisks,
  };
}
