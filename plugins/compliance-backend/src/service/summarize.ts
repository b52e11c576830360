import {
  BackupPosture,
  COMPLIANCE_ORIGINS,
  ComplianceOrigin,
  ComplianceServiceDetail,
  ComplianceSummary,
  FailingControl,
} from '@runway/plugin-compliance-common';
import { MeasurementState } from '@runway/runway-common';
import { BackupResult, ControlResult, OriginValue } from '../sources/types';
import { OriginState } from './ComplianceStore';

export interface Targets {
  rpoTargetMinutes: number;
  rtoTargetMinutes: number;
}

/** A source's state: never answered, latest attempt failed at T (why), or measured at T. */
export function originState(state: OriginState | undefined): MeasurementState {
  if (!state) return { state: 'never' };
  const success = state.succeededAt ? { lastSuccessAt: state.succeededAt } : {};
  if (state.error) {
    return {
      state: 'failed',
      at: state.attemptedAt,
      error: state.error,
      ...success,
    };
  }
  if (state.succeededAt)
    return { state: 'ok', at: state.succeededAt, ...success };
  return { state: 'never' };
}

/** The service's state over its sources: any failing source makes it `failed`, naming each. */
export function combinedState(
  sources: Record<ComplianceOrigin, MeasurementState>,
): MeasurementState {
  const all = COMPLIANCE_ORIGINS.map(o => ({ origin: o, ...sources[o] }));
  if (all.every(s => s.state === 'never')) return { state: 'never' };
  const successes = all.map(s => s.lastSuccessAt);
  // Measured as of the oldest source: the summary is no fresher than that.
  const lastSuccessAt = successes.every(Boolean)
    ? [...(successes as string[])].sort()[0]
    : undefined;
  const failed = all.filter(s => s.state !== 'ok');
  if (failed.length === 0)
    return { state: 'ok', at: lastSuccessAt, lastSuccessAt };
  const attempts = all
    .filter(s => s.at)
    .map(s => s.at!)
    .sort();
  return {
    state: 'failed',
    at: attempts[attempts.length - 1],
    error: failed
      .map(s => `${s.origin}: ${s.state === 'never' ? 'never read' : s.error}`)
      .join('; '),
    ...(lastSuccessAt ? { lastSuccessAt } : {}),
  };
}

const minutesBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));

function backupPosture(
  result: BackupResult | undefined,
  measuredAt: string | undefined,
  targets: Targets,
): BackupPosture | null {
  if (!result || !measuredAt) return null;
  return {
    protectedResources: result.protectedResources,
    lastBackupAt: result.lastBackupAt,
    rpoMinutes: result.lastBackupAt
      ? minutesBetween(result.lastBackupAt, measuredAt)
      : null,
    rpoTargetMinutes: targets.rpoTargetMinutes,
    lastRestoreTestAt: result.lastRestoreTestAt,
    restoreMinutes: result.restoreMinutes,
    rtoTargetMinutes: targets.rtoTargetMinutes,
  };
}

/**
 * One service's posture from what the sources stored. A control applies when it was
 * evaluated on any of the service's resources, and passes when it passed on all of them.
 */
export function summarize(
  entityRef: string,
  stored: Partial<Record<ComplianceOrigin, OriginValue>> | undefined,
  states: OriginState[],
  targets: Targets,
): ComplianceServiceDetail {
  const byOrigin = new Map(states.map(s => [s.origin, s]));
  const sources = Object.fromEntries(
    COMPLIANCE_ORIGINS.map(o => [o, originState(byOrigin.get(o))]),
  ) as Record<ComplianceOrigin, MeasurementState>;
  const controls = new Map<string, boolean>();
  const failing: FailingControl[] = [];
  for (const origin of ['securityhub', 'config'] as const) {
    for (const r of (stored?.[origin] as ControlResult[] | undefined) ?? []) {
      const key = `${origin}:${r.controlId}`;
      controls.set(key, (controls.get(key) ?? true) && r.status === 'passed');
      if (r.status === 'failed') {
        const { status: _, ...rest } = r;
        failing.push({ origin, ...rest });
      }
    }
  }
  const applicableControls = controls.size;
  const passedControls = [...controls.values()].filter(Boolean).length;
  const severityRank = ['critical', 'high', 'medium', 'low', 'informational'];
  failing.sort(
    (a, b) =>
      severityRank.indexOf(a.severity) - severityRank.indexOf(b.severity) ||
      a.controlId.localeCompare(b.controlId),
  );
  const trail = byOrigin.get('cloudtrail');
  return {
    entityRef,
    score: applicableControls ? passedControls / applicableControls : null,
    passedControls,
    applicableControls,
    failing,
    backup: backupPosture(
      stored?.backup as BackupResult | undefined,
      byOrigin.get('backup')?.succeededAt ?? undefined,
      targets,
    ),
    cloudTrailLogging: trail?.succeededAt
      ? trail.account?.cloudTrailLogging ?? null
      : null,
    state: combinedState(sources),
    sources,
    standards: byOrigin.get('securityhub')?.account?.standards ?? [],
  };
}

/** The batch shape: the contract's summary without the per-source detail. */
export function toSummary(detail: ComplianceServiceDetail): ComplianceSummary {
  const { sources: _s, standards: _st, ...summary } = detail;
  return summary;
}
