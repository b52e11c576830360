import {
  CI_STAGES,
  CiStage,
  CiStageName,
  CiStatus,
} from '@runway/plugin-deployments-common';

/**
 * Job names mapped onto Runway's six stages. Checked in this order, so "security scan of
 * the build" counts as security and "deploy smoke test" as verify.
 */
const STAGE_PATTERNS: Array<[CiStageName, RegExp]> = [
  ['verify', /verify|smoke|e2e|health/i],
  ['security', /secur|trivy|scan|audit|sast|cve/i],
  ['deploy', /deploy|release|promote|argocd/i],
  ['build', /build|image|docker|package|push/i],
  ['test', /test|phpunit|spec/i],
  ['quality', /lint|quality|style|phpstan|psalm|cs-?fix|format/i],
];

export function stageOf(jobName: string): CiStageName | undefined {
  return STAGE_PATTERNS.find(([, pattern]) => pattern.test(jobName))?.[0];
}

export interface GithubJobLike {
  name: string;
  status: string;
  conclusion?: string | null;
  started_at?: string | null;
  completed_at?: string | null;
}

/** GitHub's job status + conclusion in our five words. */
export function statusOf(
  job: Pick<GithubJobLike, 'status' | 'conclusion'>,
): CiStatus {
  if (job.status === 'in_progress') return 'running';
  if (job.status !== 'completed') return 'pending';
  switch (job.conclusion) {
    case 'success':
    case 'neutral':
      return 'success';
    case 'skipped':
      return 'skipped';
    default:
      return 'failure';
  }
}

const WORST: CiStatus[] = [
  'failure',
  'running',
  'pending',
  'success',
  'skipped',
];

/** One entry per stage, in pipeline order; a stage with several jobs shows its worst. */
export function toStages(jobs: GithubJobLike[]): CiStage[] {
  return CI_STAGES.map(stage => {
    const mine = jobs.filter(j => stageOf(j.name) === stage);
    if (mine.length === 0) return { stage, status: 'skipped' as const };
    const status = mine
      .map(statusOf)
      .sort((a, b) => WORST.indexOf(a) - WORST.indexOf(b))[0];
    const starts = mine
      .map(j => Date.parse(j.started_at ?? ''))
      .filter(n => !isNaN(n));
    const ends = mine
      .map(j => Date.parse(j.completed_at ?? ''))
      .filter(n => !isNaN(n));
    const done =
      status !== 'running' &&
      status !== 'pending' &&
      starts.length &&
      ends.length;
    return {
      stage,
      status,
      ...(done
        ? {
            durationSeconds: Math.round(
              (Math.max(...ends) - Math.min(...starts)) / 1000,
            ),
          }
        : {}),
    };
  });
}
