import { Config } from '@backstage/config';
import { Targets } from '@runway/plugin-scorecard-common';

/** The defaults; config `scorecard.targets` overrides any of them. */
export const DEFAULT_TARGETS: Targets = {
  availability: 99.9,
  latencyP95Ms: 100,
  errorBudgetLeft: 0.25,
  deploysPerDay: 1,
  leadTimeHours: 24,
  changeFailureRate: 0.15,
  timeToRestoreMinutes: 30,
  rollbackMinutes: 5,
  criticalVulns: 0,
  monthlyCostGrowth: 0.1,
  costPerRequestUsd: 0.01,
  testCoveragePct: 90,
  loadTestP95SloRatio: 1,
  complianceScore: 0.9,
  backupRpoMinutes: 15,
  staleFlags: 0,
};

export interface ScorecardConfig {
  targets: Targets;
  cacheSeconds: number;
  familyTimeoutMs: number;
}

export function readScorecardConfig(config: Config): ScorecardConfig {
  const section = config.getOptionalConfig('scorecard');
  const targets = { ...DEFAULT_TARGETS };
  for (const key of Object.keys(DEFAULT_TARGETS) as (keyof Targets)[]) {
    const value = section?.getOptionalNumber(`targets.${key}`);
    if (value !== undefined) targets[key] = value;
  }
  return {
    targets,
    cacheSeconds: section?.getOptionalNumber('cacheSeconds') ?? 60,
    familyTimeoutMs: section?.getOptionalNumber('familyTimeoutMs') ?? 10_000,
  };
}
