import request from 'supertest';
import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import events from './sources/unleash/__fixtures__/events.json';
import exportDevelopment from './sources/unleash/__fixtures__/export-development.json';
import exportProduction from './sources/unleash/__fixtures__/export-production.json';
import features from './sources/unleash/__fixtures__/project-features.json';
import { flagsPlugin } from './plugin';

// Unleash at the wire, answering with unleash-server 8.2's recorded payloads for any project;
// every call counted. What each page costs in Unleash calls, cold and on a refresh.
const UNLEASH = 'http://unleash.test';
const worker = setupServer(
  http.all('*', ({ request: req }) =>
    new URL(req.url).hostname === '127.0.0.1' ? passthrough() : undefined,
  ),
);
registerMswTestHooks(worker);

/** Every call counted; with `answerAfterMs`, also how many were in flight at most. */
function fakeUnleash(answerAfterMs = 0) {
  const calls: string[] = [];
  const inFlight = { now: 0, max: 0 };
  const answer = async (call: string, body: object) => {
    calls.push(call);
    inFlight.max = Math.max(inFlight.max, ++inFlight.now);
    await delay(answerAfterMs);
    inFlight.now--;
    return HttpResponse.json(body);
  };
  worker.use(
    http.get(`${UNLEASH}/api/admin/projects/:project/features`, ({ params }) =>
      answer(`features ${params.project}`, features),
    ),
    http.get(`${UNLEASH}/api/admin/search/events`, ({ request: req }) =>
      answer(`events ${new URL(req.url).searchParams.get('project')}`, events),
    ),
    http.post(
      `${UNLEASH}/api/admin/features-batch/export`,
      async ({ request: req }) => {
        const body = (await req.json()) as { environment: string };
        return answer(
          `export ${body.environment}`,
          body.environment === 'production'
            ? exportProduction
            : exportDevelopment,
        );
      },
    ),
  );
  return Object.assign(calls, { inFlight });
}

/** `teams` teams of `perTeam` services; each team's services share one Unleash project. */
function fleet(teams: number, perTeam: number) {
  return Array.from({ length: teams * perTeam }, (_, i) => {
    const team = `team-${Math.floor(i / perTeam)}`;
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `svc-${i}`,
        annotations: {
          'unleash.io/project': `project-${team}`,
          'unleash.io/feature-prefix': `svc-${i}.`,
        },
      },
      spec: { type: 'service', owner: team },
      relations: [{ type: 'ownedBy', targetRef: `group:default/${team}` }],
    };
  });
}

async function start(entities: object[], unleash: object = {}) {
  const { server } = await startTestBackend({
    features: [
      flagsPlugin,
      catalogServiceMock.factory({ entities: entities as any }),
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'live' },
          flags: {
            unleash: {
              baseUrl: UNLEASH,
              apiToken: '*:*.secret',
              cacheSeconds: 60,
              ...unleash,
            },
          },
        },
      }),
    ],
  });
  return server;
}

// Unleash OSS has 2 environments: a project costs 2 + 2 calls (features, events, 2 exports).
const PER_PROJECT = 4;

describe('Unleash calls per page', () => {
  it('the service Flags tab: one project read, then none on a refresh', async () => {
    const calls = fakeUnleash();
    const server = await start(fleet(1, 3));
    const tab = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/svc-0' });
    expect(tab.status).toBe(200);
    expect(calls).toHaveLength(PER_PROJECT);
    await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/svc-1' });
    expect(calls).toHaveLength(PER_PROJECT);
  });

  it('the team tab: one project read per distinct project of the team', async () => {
    const calls = fakeUnleash();
    const server = await start(fleet(2, 5));
    const res = await request(server)
      .get('/api/flags/team')
      .query({ team: 'team-1' });
    expect(res.status).toBe(200);
    expect(res.body.data.items).toHaveLength(5);
    expect(calls).toHaveLength(PER_PROJECT);
    expect(calls.filter(c => c.startsWith('features'))).toEqual([
      'features project-team-1',
    ]);
  });

  it('the scorecard of 500 services: stale flags and DORA flag changes cost one read per project', async () => {
    const calls = fakeUnleash();
    const entities = fleet(10, 50);
    const server = await start(entities);
    const entityRefs = entities.map(
      e => `component:default/${e.metadata.name}`,
    );
    // The scorecard asks both at once: stale flags, and deployments' DORA flag changes.
    const [summaries, changes] = await Promise.all([
      request(server).post('/api/flags/batch').send({ entityRefs }),
      request(server).post('/api/flags/changes/batch').send({ entityRefs }),
    ]);
    expect(summaries.status).toBe(200);
    expect(changes.status).toBe(200);
    expect(changes.body.data.items).toHaveLength(500);
    expect(calls).toHaveLength(10 * PER_PROJECT);
    // A refresh within flags.unleash.cacheSeconds: no Unleash call.
    await request(server).post('/api/flags/batch').send({ entityRefs });
    await request(server).post('/api/flags/changes/batch').send({ entityRefs });
    expect(calls).toHaveLength(10 * PER_PROJECT);
  });

  it('a batch asks every project at once, and Unleash sees at most maxConcurrentCalls', async () => {
    const calls = fakeUnleash(20);
    const entities = fleet(20, 2);
    const server = await start(entities, { maxConcurrentCalls: 5 });
    const res = await request(server)
      .post('/api/flags/batch')
      .send({
        entityRefs: entities.map(e => `component:default/${e.metadata.name}`),
      });
    expect(res.status).toBe(200);
    expect(res.body.data.items.every((i: any) => i.state.state === 'ok')).toBe(
      true,
    );
    expect(calls).toHaveLength(20 * PER_PROJECT);
    // Exactly the cap: more projects than slots kept every slot busy, none beyond it.
    expect(calls.inFlight.max).toBe(5);
  });

  it('a cap that is not a whole number ≥ 1 stops the backend with the key', async () => {
    await expect(start(fleet(1, 1), { maxConcurrentCalls: 0 })).rejects.toThrow(
      /flags.unleash.maxConcurrentCalls must be a whole number ≥ 1, got 0/,
    );
  });
});
