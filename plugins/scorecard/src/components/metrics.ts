import {
  Cell,
  Family,
  MetricId,
  Targets,
} from '@runway/plugin-scorecard-common';

/** Column heading, the family tab a cell drills into, and how values read. */
export interface MetricInfo {
  id: MetricId;
  label: string;
  family: Family;
  format: (value: number) => string;
  target: (t: Targets) => string;
}

const pct = (v: number, digits = 1) => `${(v * 100).toFixed(digits)}%`;
// One formatter each, made once: toLocaleString builds a new one per call, per cell.
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const TWO_DIGITS = new Intl.NumberFormat('en-US', {
  maximumSignificantDigits: 2,
  maximumFractionDigits: 12,
});
const usd = (v: number) => `$${WHOLE.format(Math.round(v))}`;
const minutes = (v: number) =>
  v >= 120 ? `${(v / 60).toFixed(1)} h` : `${Math.round(v)} min`;

export const METRIC_INFO: MetricInfo[] = [
  {
    id: 'availability',
    label: 'Availability',
    family: 'slo',
    format: v => `${v.toFixed(2)}%`,
    target: t => `≥ ${t.availability}%`,
  },
  {
    id: 'latencyP95',
    label: 'p95 latency',
    family: 'slo',
    format: v => `≤ ${Math.round(v)} ms`,
    target: t => `≤ ${t.latencyP95Ms} ms`,
  },
  {
    id: 'errorBudget',
    label: 'Error budget left',
    family: 'slo',
    format: v => pct(v, 0),
    target: t => `≥ ${pct(t.errorBudgetLeft, 0)}`,
  },
  {
    id: 'deployFrequency',
    label: 'Deploys / day',
    family: 'deployments',
    format: v => v.toFixed(2),
    target: t => `≥ ${t.deploysPerDay}`,
  },
  {
    id: 'leadTime',
    label: 'Lead time',
    family: 'deployments',
    format: v => `${v.toFixed(1)} h`,
    target: t => `≤ ${t.leadTimeHours} h`,
  },
  {
    id: 'changeFailureRate',
    label: 'Change failure',
    family: 'deployments',
    format: v => pct(v, 0),
    target: t => `≤ ${pct(t.changeFailureRate, 0)}`,
  },
  {
    id: 'timeToRestore',
    label: 'Time to restore',
    family: 'deployments',
    format: minutes,
    target: t => `≤ ${t.timeToRestoreMinutes} min`,
  },
  {
    id: 'rollbackTime',
    label: 'Rollback time',
    family: 'deployments',
    format: minutes,
    target: t => `≤ ${t.rollbackMinutes} min`,
  },
  {
    id: 'criticalVulns',
    label: 'Critical vulns',
    family: 'security',
    format: v => String(v),
    target: t => `≤ ${t.criticalVulns}`,
  },
  {
    id: 'monthlyCost',
    label: 'Monthly cost',
    family: 'cost',
    format: usd,
    target: t => `growth ≤ ${pct(t.monthlyCostGrowth, 0)}`,
  },
  {
    id: 'costPerRequest',
    label: 'Cost / request',
    family: 'cost',
    // Two significant digits: a request costs fractions of a cent.
    format: v => `$${TWO_DIGITS.format(v)}`,
    target: t => `≤ $${t.costPerRequestUsd}`,
  },
  {
    id: 'testCoverage',
    label: 'Test coverage',
    family: 'quality',
    format: v => `${v.toFixed(1)}%`,
    target: t => `≥ ${t.testCoveragePct}%`,
  },
  {
    id: 'loadTestP95',
    label: 'Load test p95',
    family: 'quality',
    format: v => `${Math.round(v)} ms`,
    target: t =>
      t.loadTestP95SloRatio === 1
        ? '≤ SLO threshold'
        : `≤ ${t.loadTestP95SloRatio} × SLO threshold`,
  },
  {
    id: 'compliance',
    label: 'Compliance',
    family: 'compliance',
    format: v => pct(v, 0),
    target: t => `≥ ${pct(t.complianceScore, 0)} controls`,
  },
  {
    id: 'backupRpo',
    label: 'Backup RPO',
    family: 'compliance',
    format: minutes,
    target: t => `≤ ${t.backupRpoMinutes} min`,
  },
  {
    id: 'staleFlags',
    label: 'Stale flags',
    family: 'flags',
    format: v => String(v),
    target: t => `≤ ${t.staleFlags}`,
  },
];

/** The entity tab of each family (their EntityContentBlueprint paths). */
export const FAMILY_TAB: Record<Family, string> = {
  deployments: 'deployments',
  slo: 'slos',
  security: 'security',
  cost: 'cost',
  quality: 'quality',
  compliance: 'compliance',
  flags: 'flags',
};

export const FAMILY_LABEL: Record<Family, string> = {
  deployments: 'Deployments',
  slo: 'SLOs',
  security: 'Security',
  cost: 'Cost',
  quality: 'Quality',
  compliance: 'Compliance',
  flags: 'Feature flags',
};

/** `component:default/checkout-api` -> `/catalog/default/component/checkout-api/<tab>`. */
export function entityTabPath(entityRef: string, family: Family): string {
  const [kind, rest] = entityRef.split(':');
  const [namespace, name] = rest.includes('/')
    ? rest.split('/')
    : ['default', rest];
  return `/catalog/${namespace}/${kind}/${name}/${FAMILY_TAB[family]}`;
}

export function formatCell(info: MetricInfo, cell: Cell): string {
  // Unknown is not clean: a number only when a source produced it, otherwise "no data".
  if (cell.value === null)
    return cell.status === 'red' ? 'above target' : 'no data';
  return info.format(cell.value);
}

/** `group:default/team-checkout` -> `team-checkout`. */
export const shortRef = (ref: string) => ref.replace(/^[^:]+:(default\/)?/, '');
