import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { GithubActionsClient } from './GithubActionsClient';
import runs from './__fixtures__/workflow-runs.json';
import jobs from './__fixtures__/run-jobs.json';

const server = setupServer();
registerMswTestHooks(server);
const API = 'https://api.github.com/repos/runway-demo/checkout-api/actions';

const client = (timeoutMs = 1000) =>
  GithubActionsClient.fromConfig(
    new ConfigReader({
      integrations: { github: [{ host: 'github.com', token: 'ghp_test' }] },
    }),
    timeoutMs,
  );

describe('GithubActionsClient', () => {
  it('maps the newest run and its jobs onto the six stages, with the integration token', async () => {
    const auth: Array<string | null> = [];
    server.use(
      http.get(`${API}/runs`, ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json(runs);
      }),
      http.get(`${API}/runs/9876543210/jobs`, ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json(jobs);
      }),
    );
    const run = await client().latestRun('runway-demo/checkout-api');
    expect(auth).toEqual(['Bearer ghp_test', 'Bearer ghp_test']);
    expect(run).toEqual({
      id: 9876543210,
      url: 'https://github.com/runway-demo/checkout-api/actions/runs/9876543210',
      commit: 'c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2',
      branch: 'main',
      status: 'running',
      startedAt: '2026-11-20T09:40:05Z',
      stages: [
        { stage: 'quality', status: 'success', durationSeconds: 80 },
        { stage: 'test', status: 'success', durationSeconds: 240 },
        { stage: 'security', status: 'success', durationSeconds: 60 },
        { stage: 'build', status: 'success', durationSeconds: 75 },
        { stage: 'deploy', status: 'success', durationSeconds: 50 },
        { stage: 'verify', status: 'running' },
      ],
    });
  });

  it('reads every page of a run with more than 100 jobs, as GitHub pages them', async () => {
    // 230 jobs: the fixture's six, more passing phpunit shards, and on the last page a
    // failed one: the test stage reads failed only if every page was read.
    const phpunit = jobs.jobs[1];
    const all = [
      ...jobs.jobs,
      ...Array.from({ length: 224 }, (_, i) => ({
        ...phpunit,
        id: 1e9 + i,
        ...(i === 223 ? { conclusion: 'failure' } : {}),
      })),
    ];
    const pages: string[] = [];
    server.use(
      http.get(`${API}/runs`, () => HttpResponse.json(runs)),
      http.get(`${API}/runs/9876543210/jobs`, ({ request }) => {
        const url = new URL(request.url);
        const perPage = Math.min(
          Number(url.searchParams.get('per_page') ?? 30),
          100,
        );
        const page = Number(url.searchParams.get('page') ?? 1);
        pages.push(`${page}/${perPage}`);
        return HttpResponse.json({
          total_count: all.length,
          jobs: all.slice((page - 1) * perPage, page * perPage),
        });
      }),
    );
    const run = await client().latestRun('runway-demo/checkout-api');
    expect(pages).toEqual(['1/100', '2/100', '3/100']);
    expect(run?.stages.find(s => s.stage === 'test')?.status).toBe('failure');
  });

  it('returns nothing for a repository without runs', async () => {
    server.use(
      http.get(`${API}/runs`, () =>
        HttpResponse.json({ total_count: 0, workflow_runs: [] }),
      ),
    );
    await expect(
      client().latestRun('runway-demo/checkout-api'),
    ).resolves.toBeUndefined();
  });

  it('turns rate limiting and a hanging API into clear errors', async () => {
    server.use(
      http.get(`${API}/runs`, () =>
        HttpResponse.json(
          { message: 'API rate limit exceeded' },
          { status: 429 },
        ),
      ),
    );
    await expect(
      client().latestRun('runway-demo/checkout-api'),
    ).rejects.toThrow(
      'GitHub Actions runway-demo/checkout-api is rate limiting us (HTTP 429)',
    );
    server.use(
      http.get(`${API}/runs`, async () => {
        await delay('infinite');
        return HttpResponse.json(runs);
      }),
    );
    await expect(
      client(100).latestRun('runway-demo/checkout-api'),
    ).rejects.toThrow('did not answer within 100 ms');
  });
});
