import { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { CiRun } from '@runway/plugin-deployments-common';
import { fetchJson, UpstreamError } from '@runway/runway-node';
import { z } from 'zod/v3';
import { statusOf, toStages } from './stages';

const runsSchema = z.object({
  total_count: z.number(),
  workflow_runs: z.array(
    z.object({
      id: z.number(),
      head_sha: z.string(),
      head_branch: z.string().nullable(),
      status: z.string().nullable(),
      conclusion: z.string().nullable(),
      html_url: z.string(),
      run_started_at: z.string().optional(),
      created_at: z.string(),
    }),
  ),
});

const JOBS_PER_PAGE = 100;
const MAX_JOB_PAGES = 10;

const jobsSchema = z.object({
  total_count: z.number(),
  jobs: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      conclusion: z.string().nullable(),
      started_at: z.string().nullable(),
      completed_at: z.string().nullable(),
    }),
  ),
});

/**
 * GitHub Actions through Backstage's GitHub integration: the host's API base URL and
 * credentials (token or GitHub App) come from `integrations.github`, so there is no
 * second place to configure them.
 */
export class GithubActionsClient {
  static fromConfig(config: Config, timeoutMs: number) {
    const integrations = ScmIntegrations.fromConfig(config);
    return new GithubActionsClient(
      integrations,
      DefaultGithubCredentialsProvider.fromIntegrations(integrations),
      timeoutMs,
    );
  }

  constructor(
    private readonly integrations: ScmIntegrations,
    private readonly credentials: GithubCredentialsProvider,
    private readonly timeoutMs: number,
  ) {}

  /**
   * The newest run on any branch with its jobs mapped to stages: two API calls, one more per
   * further 100 jobs.
   */
  async latestRun(
    projectSlug: string,
    host = 'github.com',
  ): Promise<CiRun | undefined> {
    const integration = this.integrations.github.byHost(host);
    if (!integration)
      throw new UpstreamError(`No GitHub integration configured for ${host}`);
    const apiBase = integration.config.apiBaseUrl ?? `https://api.${host}`;
    const { headers } = await this.credentials.getCredentials({
      url: `https://${host}/${projectSlug}`,
    });
    const init = {
      headers: { Accept: 'application/vnd.github+json', ...headers },
    };
    const upstream = `GitHub Actions ${projectSlug}`;
    const labels = { family: 'deployments', upstream: 'github' };
    const runs = await fetchJson(
      `${apiBase}/repos/${projectSlug}/actions/runs?per_page=1`,
      { upstream, labels, schema: runsSchema, timeoutMs: this.timeoutMs, init },
    );
    const run = runs.workflow_runs[0];
    if (!run) return undefined;
    // GitHub pages jobs by 100 at most; a matrix run can have more. Bounded: a run of more
    // than MAX_JOB_PAGES pages is drawn from its first 1,000 jobs.
    const jobs: z.infer<typeof jobsSchema>['jobs'] = [];
    for (let page = 1; page <= MAX_JOB_PAGES; page++) {
      const answer = await fetchJson(
        `${apiBase}/repos/${projectSlug}/actions/runs/${run.id}/jobs?per_page=${JOBS_PER_PAGE}&page=${page}`,
        {
          upstream,
          labels,
          schema: jobsSchema,
          timeoutMs: this.timeoutMs,
          init,
        },
      );
      jobs.push(...answer.jobs);
      if (
        answer.jobs.length < JOBS_PER_PAGE ||
        jobs.length >= answer.total_count
      )
        break;
    }
    return {
      id: run.id,
      url: run.html_url,
      commit: run.head_sha,
      branch: run.head_branch ?? '',
      status: statusOf({
        status: run.status ?? '',
        conclusion: run.conclusion,
      }),
      startedAt: run.run_started_at ?? run.created_at,
      stages: toStages(jobs),
    };
  }
}
