import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  catalogComponents,
  createDemoWorld,
  ownerOrLeadershipDecisions,
} from '@runway/demo-node';
import request from 'supertest';
import { costPlugin } from './plugin';

jest.setTimeout(60_000);

const world = createDemoWorld();
/** Runway's policy for the family's read permission: leadership all, others their own. */
const permissions = mockServices.permissions.mock({
  authorize: jest.fn(ownerOrLeadershipDecisions(world)) as any,
});

async function start() {
  const { server } = await startTestBackend({
    features: [
      costPlugin,
      mockServices.rootConfig.factory({
        data: { runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } } },
      }),
      catalogServiceMock.factory({ entities: catalogComponents(world) }),
      permissions.factory,
    ],
  });
  const as = (user: string) => ({
    Authorization: mockCredentials.user.header(user),
  });
  // The refresh runs on start-up; wait until it has stored the demo bill.
  for (let i = 0; i < 100; i++) {
    const res = await request(server)
      .get('/api/cost/entity?entityRef=component:default/search-api')
      .set(as('user:default/boss'));
    if (res.status !== 503) break;
    await new Promise(r => setTimeout(r, 100));
  }
  return { server, as };
}

describe('cost backend on the demo world', () => {
  let ctx: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    ctx = await start();
  });

  it('serves the entity tab to an owner, with the scale-up and the demo badge', async () => {
    const res = await request(ctx.server)
      .get('/api/cost/entity?entityRef=component:default/search-api')
      .set(ctx.as('user:default/gabriel'));
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      kind: 'demo',
      name: 'demo',
      stale: false,
    });
    expect(res.body.data.daily).toHaveLength(90);
    expect(res.body.data.byAwsService[0].awsService).toBe(
      'Amazon Elastic Compute Cloud - Compute',
    );
    const { at, factor } = world.story.scaleUp;
    const split = res.body.data.daily.findIndex(
      (d: any) => d.date === at.slice(0, 10),
    );
    const before = res.body.data.daily[split - 7].costPer1kRequests;
    const after = res.body.data.daily[split + 7].costPer1kRequests;
    expect(after / before).toBeGreaterThan(factor * 0.7);
    expect(res.body.data.budget).toMatchObject({ name: 'search-api-monthly' });
  });

  it('lets leadership read any service', async () => {
    const res = await request(ctx.server)
      .get('/api/cost/entity?entityRef=component:default/checkout-api')
      .set(ctx.as('user:default/boss'));
    expect(res.status).toBe(200);
  });

  it('answers 403 to another team', async () => {
    const res = await request(ctx.server)
      .get('/api/cost/entity?entityRef=component:default/search-api')
      .set(ctx.as('user:default/alice'));
    expect(res.status).toBe(403);
  });

  it('batches: one permission call for all entities, forbidden ones marked', async () => {
    const calls = (permissions.authorize as jest.Mock).mock.calls.length;
    const res = await request(ctx.server)
      .post('/api/cost/batch')
      .set(ctx.as('user:default/alice'))
      .send({
        entityRefs: [
          'component:default/checkout-api',
          'component:default/search-api',
          'component:default/nope',
        ],
      });
    expect(res.status).toBe(200);
    expect((permissions.authorize as jest.Mock).mock.calls.length).toBe(
      calls + 1,
    );
    expect(res.body.data.items.map((i: any) => i.status)).toEqual([
      'ok',
      'forbidden',
      'forbidden',
    ]);
    expect(res.body.data.items[0].summary.monthToDate).toBeGreaterThan(0);
  });

  it('shows the story team over budget, its services ranked, and the untagged share', async () => {
    const team = world.story.budgetBreach.team;
    const res = await request(ctx.server)
      .get(`/api/cost/team?teamRef=group:default/${team}`)
      .set(ctx.as('user:default/boss'));
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data.budget).toMatchObject({
      limit: world.story.budgetBreach.budgetUsd,
      breached: true,
    });
    expect(data.services.map((s: any) => s.monthToDate)).toEqual(
      [...data.services.map((s: any) => s.monthToDate)].sort(
        (a: number, b: number) => b - a,
      ),
    );
    expect(data.services).toHaveLength(3);
    expect(data.untagged.share).toBeGreaterThan(0.03);
    expect(data.untagged.share).toBeLessThan(0.08);
  });

  it('hides the services a viewer may not read from a team view', async () => {
    const res = await request(ctx.server)
      .get('/api/cost/team?teamRef=group:default/team-catalog')
      .set(ctx.as('user:default/alice'));
    expect(res.status).toBe(200);
    expect(res.body.data.services).toEqual([]);
    expect(res.body.data.hidden).toBe(3);
  });

  it('batches teams', async () => {
    const res = await request(ctx.server)
      .post('/api/cost/teams/batch')
      .set(ctx.as('user:default/boss'))
      .send({ teamRefs: world.teams.map(t => `group:default/${t.name}`) });
    expect(res.status).toBe(200);
    expect(res.body.data.items.map((t: any) => t.services.length)).toEqual([
      3, 3, 3, 3,
    ]);
  });

  it.each([
    ['get', '/api/cost/entity', undefined],
    ['get', '/api/cost/entity?entityRef=not a ref', undefined],
    ['post', '/api/cost/batch', { entityRefs: [] }],
    [
      'post',
      '/api/cost/batch',
      {
        entityRefs: Array.from(
          { length: 1001 },
          (_, i) => `component:default/s${i}`,
        ),
      },
    ],
    ['post', '/api/cost/teams/batch', { teamRefs: 'group:default/a' }],
  ])('rejects bad input: %s %s', async (method, path, body) => {
    const req =
      method === 'get'
        ? request(ctx.server).get(path)
        : request(ctx.server).post(path).send(body);
    const res = await req.set(ctx.as('user:default/boss'));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
  });

  it('answers 404 for an unknown entity', async () => {
    const res = await request(ctx.server)
      .get('/api/cost/entity?entityRef=component:default/nope')
      .set(ctx.as('user:default/boss'));
    expect(res.status).toBe(404);
  });
});
