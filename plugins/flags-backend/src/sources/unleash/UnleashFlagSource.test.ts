import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import events from './__fixtures__/events.json';
import exportDevelopment from './__fixtures__/export-development.json';
import exportProduction from './__fixtures__/export-production.json';
import features from './__fixtures__/project-features.json';
import { UnleashFlagSource } from './UnleashFlagSource';

// Fixtures: answers of unleash-server 8.2 to these very calls (project `default`, an admin token).
const base = 'https://unleash.example.com';
const worker = setupServer();
registerMswTestHooks(worker);

function serve() {
  const calls: string[] = [];
  worker.use(
    http.get(`${base}/api/admin/projects/default/features`, ({ request }) => {
      calls.push(`features ${request.headers.get('authorization')}`);
      return HttpResponse.json(features);
    }),
    http.get(`${base}/api/admin/search/events`, ({ request }) => {
      calls.push(`events ${new URL(request.url).searchParams.get('project')}`);
      return HttpResponse.json(events);
    }),
    http.post(
      `${base}/api/admin/features-batch/export`,
      async ({ request }) => {
        const body = (await request.json()) as { environment: string };
        calls.push(`export ${body.environment}`);
        return HttpResponse.json(
          body.environment === 'production'
            ? exportProduction
            : exportDevelopment,
        );
      },
    ),
  );
  return calls;
}

const source = () =>
  new UnleashFlagSource({
    baseUrl: `${base}/`,
    apiToken: '*:*.secret',
    timeoutMs: 300,
  });

describe('UnleashFlagSource', () => {
  it('reads a project in 2 + one call per environment, whatever the number of flags', async () => {
    const calls = serve();
    const { flags, changes } = await source().project('default');
    expect(calls.sort()).toEqual([
      'events IS:default',
      'export development',
      'export production',
      'features *:*.secret',
    ]);
    const flow = flags.find(f => f.name === 'checkout-api.new-payment-flow')!;
    expect(flow.environments).toEqual([
      {
        environment: 'development',
        enabled: false,
        rolloutPct: null,
        strategies: [],
      },
      {
        environment: 'production',
        enabled: true,
        rolloutPct: 25,
        strategies: ['flexibleRollout'],
      },
    ]);
    expect(flow.url).toBe(
      `${base}/projects/default/features/checkout-api.new-payment-flow`,
    );
    expect(flags.find(f => f.name === 'checkout-api.old-banner')).toMatchObject(
      {
        stale: true,
        environments: [
          expect.objectContaining({
            environment: 'development',
            enabled: true,
            strategies: ['default'],
          }),
          expect.objectContaining({
            environment: 'production',
            enabled: false,
          }),
        ],
      },
    );
    expect(changes.map(c => c.summary)).toEqual([
      'marked stale',
      'enabled in development',
      'default added in development',
      'created',
      'rollout 10 % → 25 % in production',
      'enabled in production',
      'flexibleRollout added in production at 10 %',
      'created',
    ]);
    expect(flow.lastChangedAt).toBe(
      changes.find(c => c.flag === flow.name)!.createdAt,
    );
  });

  it('says Unleash rejected the token on a 401', async () => {
    worker.use(
      http.get(`${base}/*`, () =>
        HttpResponse.json(
          {
            name: 'UnauthorizedError',
            message: 'You must log in to use Unleash.',
          },
          { status: 401 },
        ),
      ),
    );
    await expect(source().project('default')).rejects.toThrow(
      'Unleash rejected our credentials (HTTP 401)',
    );
  });

  it('treats a changed payload as garbage, naming the field', async () => {
    serve();
    worker.use(
      http.get(`${base}/api/admin/projects/default/features`, () =>
        HttpResponse.json({ features: [{ name: 'x', stale: 'no' }] }),
      ),
    );
    await expect(source().project('default')).rejects.toThrow(
      /Unleash returned an unexpected payload \(features\.0\.type: Required\)/,
    );
  });

  it('gives up on a slow Unleash after its timeout', async () => {
    serve();
    worker.use(
      http.get(`${base}/api/admin/search/events`, async () => {
        await new Promise(r => setTimeout(r, 1000));
        return HttpResponse.json(events);
      }),
    );
    await expect(source().project('default')).rejects.toThrow(
      'Unleash did not answer within 300 ms',
    );
  });

  it('names a missing project', async () => {
    worker.use(
      http.get(`${base}/*`, () =>
        HttpResponse.json({ name: 'NotFoundError' }, { status: 404 }),
      ),
    );
    await expect(source().project('nope')).rejects.toThrow(
      'Unleash has no such project or endpoint (HTTP 404 on /api/admin/projects/nope/features)',
    );
  });
});
