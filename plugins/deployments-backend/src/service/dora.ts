import { Deploy, DoraMetrics } from '@runway/plugin-deployments-common';

/** One service's inputs: its deploys (any environment) and when it paged. */
export interface DoraInput {
  deploys: Deploy[];
  pageAlertTimes?: string[];
}

export interface DoraOptions {
  now: Date;
  windowDays: number;
  /** A paging alert this soon after a prod deploy counts the deploy as failed. */
  alertWindowHours?: number;
}

const HOUR = 3600_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * DORA's four keys over prod deploys in `[now - windowDays, now]`, for one service or,
 * given several inputs, a team (counts add up, medians span every deploy).
 *
 * - deployment frequency: prod deploys (rollbacks excluded) per day;
 * - lead time: median commit -> running in prod;
 * - change failure rate: share of those deploys later rolled back, or followed by a
 *   paging alert within `alertWindowHours`;
 * - time to restore: median failed deploy -> its rollback, else the next prod deploy.
 */
export function computeDora(
  inputs: DoraInput[],
  options: DoraOptions,
): DoraMetrics {
  const end = options.now.getTime();
  const start = end - options.windowDays * 24 * HOUR;
  const alertWindow = (options.alertWindowHours ?? 1) * HOUR;
  let count = 0;
  let failures = 0;
  const leadTimes: number[] = [];
  const restores: number[] = [];

  for (const { deploys, pageAlertTimes = [] } of inputs) {
    const prodAll = deploys
      .filter(d => d.environment === 'prod')
      .sort((a, b) => Date.parse(a.deployedAt) - Date.parse(b.deployedAt));
    const alerts = pageAlertTimes.map(Date.parse);
    for (const [i, deploy] of prodAll.entries()) {
      const at = Date.parse(deploy.deployedAt);
      if (deploy.kind !== 'deploy' || at < start || at > end) continue;
      count += 1;
      if (deploy.commitAt)
        leadTimes.push((at - Date.parse(deploy.commitAt)) / HOUR);
      const paged = alerts.some(a => a >= at && a <= at + alertWindow);
      if (!deploy.rolledBackAt && !paged) continue;
      failures += 1;
      const restoredAt = deploy.rolledBackAt ?? prodAll[i + 1]?.deployedAt;
      if (restoredAt) restores.push((Date.parse(restoredAt) - at) / HOUR);
    }
  }

  return {
    windowDays: options.windowDays,
    prodDeploys: count,
    deploysPerDay: count / options.windowDays,
    leadTimeHours: median(leadTimes),
    changeFailureRate: count ? failures / count : null,
    timeToRestoreHours: median(restores),
  };
}
