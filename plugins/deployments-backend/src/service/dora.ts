import {
  Deploy,
  DoraBasis,
  DoraMetrics,
} from '@runway/plugin-deployments-common';

/** An incident as the on-call family answers it: only the times DORA needs. */
export interface DoraIncident {
  triggeredAt: string;
  resolvedAt?: string;
}

/** One service's inputs. */
export interface DoraInput {
  deploys: Deploy[];
  /** Prometheus paging alerts: the fallback when `incidents` is absent. */
  pageAlertTimes?: string[];
  /** PagerDuty incidents; absent means no incident data (not "no incidents"). */
  incidents?: DoraIncident[];
  /** When flags changed in prod; absent means flags were not read. */
  flagChangeTimes?: string[];
}

export interface DoraOptions {
  now: Date;
  windowDays: number;
  /** A paging alert or incident this soon after a change counts the change as failed. */
  alertWindowHours?: number;
  /** Why incidents are absent (the on-call family's answer), for the note. */
  incidentsUnavailable?: string;
}

const HOUR = 3600_000;

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Index of the first of the ascending `times` at or after `at` (`times.length` if none). */
export function firstAtOrAfter(times: number[], at: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * DORA's four keys over `[now - windowDays, now]`, for one service or, given several
 * inputs, a team (counts add up, medians span every input).
 *
 * - deployment frequency: prod deploys (rollbacks excluded) per day;
 * - lead time: median commit -> running in prod;
 * - change failure rate: share of changes (prod deploys, and prod flag changes where read)
 *   rolled back, or followed within `alertWindowHours` by an incident (else, without
 *   incident data, by a paging alert);
 * - time to restore: median incident triggered -> resolved; without incident data, the
 *   fallback is failed deploy -> its rollback or next prod deploy;
 * - rollback time: median failed deploy -> the rollback's sync finished.
 */
export function computeDora(
  inputs: DoraInput[],
  options: DoraOptions,
): DoraMetrics {
  const end = options.now.getTime();
  const start = end - options.windowDays * 24 * HOUR;
  const windowHours = options.alertWindowHours ?? 1;
  const alertWindow = windowHours * HOUR;
  const inWindow = (t: number) => t >= start && t <= end;
  let deploys = 0;
  let changes = 0;
  let failures = 0;
  const leadTimes: number[] = [];
  const restores: number[] = [];
  const rollbacks: number[] = [];
  // Incident data for every input, or the alert fallback for all: one basis per figure.
  const withIncidents =
    inputs.length > 0 && inputs.every(i => i.incidents !== undefined);
  const withFlags =
    inputs.length > 0 && inputs.every(i => i.flagChangeTimes !== undefined);

  for (const input of inputs) {
    // Each time parsed once, not twice per comparison: 500 services' deploys are sorted here.
    const prodAll = input.deploys
      .filter(d => d.environment === 'prod')
      .map(deploy => ({ deploy, at: Date.parse(deploy.deployedAt) }))
      .sort((a, b) => a.at - b.at);
    const triggers = (
      withIncidents
        ? input.incidents!.map(i => Date.parse(i.triggeredAt))
        : (input.pageAlertTimes ?? []).map(Date.parse)
    )
      .filter(t => !Number.isNaN(t))
      .sort((a, b) => a - b);
    // Sorted once, then a binary search per change: a scan of every trigger per change is
    // quadratic for a service with a busy pager.
    const followed = (at: number) => {
      const first = firstAtOrAfter(triggers, at);
      return first < triggers.length && triggers[first] <= at + alertWindow;
    };

    for (const [i, { deploy, at }] of prodAll.entries()) {
      if (deploy.kind !== 'deploy' || !inWindow(at)) continue;
      deploys += 1;
      changes += 1;
      if (deploy.commitAt)
        leadTimes.push((at - Date.parse(deploy.commitAt)) / HOUR);
      if (deploy.rolledBackAt)
        rollbacks.push((Date.parse(deploy.rolledBackAt) - at) / 60_000);
      if (!deploy.rolledBackAt && !followed(at)) continue;
      failures += 1;
      if (withIncidents) continue;
      const restoredAt =
        deploy.rolledBackAt ?? prodAll[i + 1]?.deploy.deployedAt;
      if (restoredAt) restores.push((Date.parse(restoredAt) - at) / HOUR);
    }
    if (withFlags) {
      for (const at of input.flagChangeTimes!.map(Date.parse)) {
        if (!inWindow(at)) continue;
        changes += 1;
        if (followed(at)) failures += 1;
      }
    }
    if (withIncidents) {
      for (const incident of input.incidents!) {
        if (!incident.resolvedAt) continue;
        const resolved = Date.parse(incident.resolvedAt);
        if (!inWindow(resolved)) continue;
        restores.push((resolved - Date.parse(incident.triggeredAt)) / HOUR);
      }
    }
  }

  const restoreHours = median(restores);
  const rollbackMinutes = median(rollbacks);
  const failureBasis: DoraBasis = withIncidents ? 'incidents' : 'alerts';
  let restoreBasis: DoraBasis = 'none';
  if (restoreHours !== null)
    restoreBasis = withIncidents ? 'incidents' : 'deploys';
  const flagsPart = withFlags ? ' and prod flag changes' : '';
  const signal = withIncidents
    ? 'a PagerDuty incident'
    : 'a Prometheus paging alert';
  const restorePart = withIncidents
    ? 'time to restore: PagerDuty incidents, triggered to resolved'
    : `time to restore: no incident data${
        options.incidentsUnavailable ? ` (${options.incidentsUnavailable})` : ''
      }, so failed deploy to its rollback or next deploy`;
  return {
    windowDays: options.windowDays,
    prodDeploys: deploys,
    deploysPerDay: deploys / options.windowDays,
    leadTimeHours: median(leadTimes),
    changeFailureRate: changes ? failures / changes : null,
    timeToRestoreHours: restoreHours,
    timeToRestoreMinutes: restoreHours === null ? null : restoreHours * 60,
    rollbackMinutes,
    computedFrom: {
      changeFailureRate: changes ? failureBasis : 'none',
      timeToRestore: restoreBasis,
      rollbackTime: rollbackMinutes === null ? 'none' : 'deploys',
      flagChanges: withFlags,
      note: `Last ${options.windowDays} days. Change failure rate: prod deploys${flagsPart} rolled back or followed by ${signal} within ${windowHours} h; ${restorePart}; rollback time: failed deploy to the rollback's sync.`,
    },
  };
}
