import {
  CellAction,
  MetricId,
  Scorecard,
  ServiceRow,
} from '@runway/plugin-scorecard-common';
import { METRIC_INFO } from './metrics';

/** An ADR or runbook that records a risk's mitigation. */
export interface RiskRecord {
  kind: 'ADR' | 'Runbook';
  title: string;
  url: string;
}

/** A service's ADRs and runbooks, as their backends list them. */
export type RecordsByEntity = Record<string, RiskRecord[]>;

export interface Risk {
  row: ServiceRow;
  metric: MetricId;
  label: string;
  action: CellAction;
  /** Undefined while the records load; null when none records this risk. */
  record?: RiskRecord | null;
}

/**
 * What mitigates a red cell, unless its family named a precise action (a failing control),
 * and the words that find the ADR or runbook recording it. Ordered by weight: security,
 * recovery and reliability first, then delivery, quality, hygiene and money.
 */
export const MITIGATIONS: Record<
  MetricId,
  { weight: number; action: string; keywords: RegExp }
> = {
  criticalVulns: {
    weight: 10,
    action: 'Patch or rebuild the images with critical vulnerabilities',
    keywords: /vulnerab|cve|patch|image|security/i,
  },
  backupRpo: {
    weight: 9,
    action: 'Restore the backup schedule and run a restore test',
    keywords: /backup|restore|recovery|rpo|disaster/i,
  },
  compliance: {
    weight: 9,
    action: 'Remediate the failing controls',
    keywords: /complian|control|security hub|encrypt/i,
  },
  errorBudget: {
    weight: 8,
    action: 'Freeze risky releases until the error budget recovers',
    keywords: /error ?budget|burn/i,
  },
  availability: {
    weight: 8,
    action: 'Work the availability SLO back above target',
    keywords: /error ?budget|availab|burn/i,
  },
  latencyP95: {
    weight: 7,
    action: 'Bring p95 latency back under the SLO threshold',
    keywords: /latency/i,
  },
  timeToRestore: {
    weight: 6,
    action: 'Shorten restore: rehearse the incident runbook',
    keywords: /restore|incident|rollback/i,
  },
  changeFailureRate: {
    weight: 6,
    action: 'Release through canaries so failures stop early',
    keywords: /canar|release|rollout/i,
  },
  rollbackTime: {
    weight: 6,
    action: 'Automate rollback on failed canary analysis',
    keywords: /rollback|canar|rollout/i,
  },
  loadTestP95: {
    weight: 5,
    action:
      'Fix the slowest routes the load test found before the next release',
    keywords: /latency|load|performance/i,
  },
  testCoverage: {
    weight: 4,
    action: 'Raise test coverage to the gate before adding features',
    keywords: /coverage|test/i,
  },
  leadTime: {
    weight: 3,
    action: 'Shorten the path from commit to prod',
    keywords: /pipeline|release|deploy/i,
  },
  deployFrequency: {
    weight: 3,
    action: 'Ship smaller changes more often',
    keywords: /release|deploy/i,
  },
  staleFlags: {
    weight: 2,
    action: 'Remove the stale feature flags',
    keywords: /flag|unleash/i,
  },
  monthlyCost: {
    weight: 1,
    action: 'Review the spend growth with the owning team',
    keywords: /cost|spend|rightsiz/i,
  },
  costPerRequest: {
    weight: 1,
    action: 'Rightsize the service for its traffic',
    keywords: /cost|rightsiz|autoscal/i,
  },
};

/**
 * The top risks across families: every red cell of a shown family, heaviest first, then by
 * service name so the page is stable.
 */
export function topRisks(data: Scorecard, topN = 8): Risk[] {
  const shown = METRIC_INFO.filter(
    m => data.families[m.family]?.status !== 'off',
  );
  const risks: Risk[] = [];
  for (const row of data.services)
    for (const m of shown) {
      const cell = row.cells[m.id];
      if (cell?.status !== 'red') continue;
      risks.push({
        row,
        metric: m.id,
        label: m.label,
        action: cell.action ?? { title: MITIGATIONS[m.id].action },
      });
    }
  return risks
    .sort(
      (a, b) =>
        MITIGATIONS[b.metric].weight - MITIGATIONS[a.metric].weight ||
        a.row.name.localeCompare(b.row.name),
    )
    .slice(0, topN);
}

/** Services whose records the readout asks for: only the top risks', so the calls are bounded. */
export const riskServices = (risks: Risk[]) => [
  ...new Set(risks.map(r => r.row.entityRef)),
];

/** The runbook (then the ADR) of the risk's service whose title names what the risk is about. */
export function recordFor(
  risk: Risk,
  records: RecordsByEntity | undefined,
): RiskRecord | null | undefined {
  if (!records) return undefined;
  const mine = records[risk.row.entityRef] ?? [];
  const words = MITIGATIONS[risk.metric].keywords;
  // The file name counts too: runbooks are named after their alert (`SloLatencyBurnFast.md`).
  const names = (r: RiskRecord) => words.test(`${r.title} ${r.url}`);
  return (
    mine.find(r => r.kind === 'Runbook' && names(r)) ??
    mine.find(r => r.kind === 'ADR' && names(r)) ??
    null
  );
}
