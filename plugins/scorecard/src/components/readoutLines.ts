import { MetricId, Scorecard } from '@runway/plugin-scorecard-common';
import { formatCell, METRIC_INFO } from './metrics';

interface Tally {
  green: number;
  /** Judged: green, amber or red. */
  judged: number;
  /** No data. */
  none: number;
  values: number[];
}

function tally(data: Scorecard, id: MetricId): Tally {
  const t: Tally = { green: 0, judged: 0, none: 0, values: [] };
  for (const row of data.services) {
    const cell = row.cells[id];
    if (!cell || cell.status === 'none') t.none++;
    else {
      t.judged++;
      if (cell.status === 'green') t.green++;
    }
    if (cell?.value !== null && cell?.value !== undefined)
      t.values.push(cell.value);
  }
  return t;
}

const family = (data: Scorecard, id: MetricId) =>
  data.families[METRIC_INFO.find(m => m.id === id)!.family];
const shown = (data: Scorecard, id: MetricId) =>
  family(data, id)?.status !== 'off';
const noData = (t: Tally) => (t.none ? `; ${t.none} with no data` : '');
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;

/** `n of m services` on target, or why nothing could be judged. */
function onTarget(data: Scorecard, id: MetricId, what: string): string {
  const state = family(data, id);
  const t = tally(data, id);
  if (!state || state.status === 'absent' || state.status === 'failed')
    return `${what}: no data (${
      state?.status === 'failed' ? 'unavailable' : 'not installed'
    })`;
  if (t.judged === 0) return `${what}: no data for any service`;
  return `${what} in ${t.green} of ${plural(
    t.judged,
    'measured service',
  )}${noData(t)}`;
}

/** The readout's "Quality" line: coverage and load tests against their gates. */
export function qualityLine(data: Scorecard): string | null {
  if (!shown(data, 'testCoverage')) return null;
  const { targets } = data;
  return [
    onTarget(
      data,
      'testCoverage',
      `Test coverage ≥ ${targets.testCoveragePct}%`,
    ),
    onTarget(data, 'loadTestP95', 'load test p95 within its SLO threshold'),
  ].join('; ');
}

/**
 * The readout's "Compliance and security posture" line: controls passing, backups within
 * RPO, and open critical vulnerabilities (from the security family).
 */
export function postureLine(data: Scorecard): string {
  const { targets } = data;
  const parts: string[] = [];
  if (shown(data, 'compliance')) {
    const score = tally(data, 'compliance');
    const mean = score.values.length
      ? score.values.reduce((a, b) => a + b, 0) / score.values.length
      : null;
    const info = METRIC_INFO.find(m => m.id === 'compliance')!;
    parts.push(
      mean === null
        ? onTarget(data, 'compliance', 'Controls passing')
        : `${formatCell(info, {
            value: mean,
            status: 'green',
            trend: null,
          })} of applicable controls pass on average (target ${Math.round(
            targets.complianceScore * 100,
          )}%), ${score.green} of ${plural(
            score.judged,
            'service',
          )} on target${noData(score)}`,
      onTarget(
        data,
        'backupRpo',
        `backups within ${targets.backupRpoMinutes} min RPO`,
      ),
    );
  }
  if (shown(data, 'criticalVulns')) {
    const vulns = tally(data, 'criticalVulns');
    const open = vulns.values.reduce((a, b) => a + b, 0);
    parts.push(
      vulns.values.length
        ? `${plural(
            open,
            'open critical vulnerability',
            'open critical vulnerabilities',
          )}${noData(vulns)}`
        : 'critical vulnerabilities: no data',
    );
  }
  return parts.length ? parts.join('; ') : 'No posture family is configured';
}
