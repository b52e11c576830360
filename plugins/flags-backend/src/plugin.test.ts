import request from 'supertest';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { createDemoWorld, serviceEntity } from '@runway/demo-node';
import {
  EntityFlagsResponse,
  FlagChangesBatchResponse,
  FlagsSummariesResponse,
  TeamFlagsResponse,
} from '@runway/plugin-flags-common';
import { flagsPlugin } from './plugin';

const world = createDemoWorld();
const { flagRollout } = world.story;
const legacy: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy' },
  spec: { owner: 'group:default/x' },
};

async function start(flags: object = {}) {
  const { server } = await startTestBackend({
    features: [
      flagsPlugin,
      catalogServiceMock.factory({
        // The catalog's processors would add ownedBy; the mock needs it written.
        entities: [
          ...world.services.map(s => ({
            ...serviceEntity(s),
            relations: [
              { type: 'ownedBy', targetRef: `group:default/${s.owner}` },
            ],
          })),
          legacy,
        ],
      }),
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
          flags,
        },
      }),
    ],
  });
  return server;
}

describe('flags backend on the demo world', () => {
  it("serves checkout-api's flags: the payment flow at 10 % in prod and its raise", async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: `component:default/${flagRollout.service}` });
    expect(res.status).toBe(200);
    const body = res.body as EntityFlagsResponse;
    expect(body.source).toMatchObject({ kind: 'demo', stale: false });
    const flag = body.data.flags.find(f => f.name === flagRollout.flag)!;
    expect(flag.environments.find(e => e.environment === 'prod')).toEqual(
      expect.objectContaining({ enabled: true, rolloutPct: 10 }),
    );
    expect(body.data.changes).toContainEqual(
      expect.objectContaining({
        flag: flagRollout.flag,
        createdAt: flagRollout.changedAt,
        summary: 'rollout 0 % → 10 % in prod',
      }),
    );
    // The team's project, narrowed to the service's flags by its prefix.
    expect(
      body.data.flags.every(f => f.name.startsWith(`${flagRollout.service}.`)),
    ).toBe(true);
    expect(body.data.summary).toMatchObject({
      project: world.services[0].owner,
      total: body.data.flags.length,
      state: { state: 'ok' },
    });
  });

  it('batches summaries; a service without the annotation is never measured, not clean', async () => {
    const server = await start();
    const res = await request(server)
      .post('/api/flags/batch')
      .send({
        entityRefs: [
          `component:default/${world.services[1].name}`,
          'component:default/legacy',
          'component:default/nope',
        ],
      });
    expect(res.status).toBe(200);
    const items = (res.body as FlagsSummariesResponse).data.items;
    expect(items.map(i => [i.entityRef, i.state.state, i.total])).toEqual([
      [`component:default/${world.services[1].name}`, 'ok', expect.any(Number)],
      ['component:default/legacy', 'never', null],
      ['component:default/nope', 'never', null],
    ]);
    expect(items[2].state.error).toBe('No entity component:default/nope');
  });

  it('answers flag change times of a batch in the order asked', async () => {
    const server = await start();
    const res = await request(server)
      .post('/api/flags/changes/batch')
      .send({
        entityRefs: [
          'component:default/legacy',
          `component:default/${flagRollout.service}`,
          'component:default/nope',
        ],
      });
    expect(res.status).toBe(200);
    const [legacyItem, story, nope] = (res.body as FlagChangesBatchResponse)
      .data.items;
    expect(legacyItem).toMatchObject({
      changes: [],
      state: { state: 'never' },
    });
    expect(story.entityRef).toBe(`component:default/${flagRollout.service}`);
    expect(story.changes).toContainEqual({
      flag: flagRollout.flag,
      environment: 'prod',
      type: 'feature-strategy-update',
      createdAt: flagRollout.changedAt,
    });
    expect(nope).toMatchObject({ changes: null, state: { state: 'never' } });
    const empty = await request(server)
      .post('/api/flags/changes/batch')
      .send({ entityRefs: [] });
    expect(empty.status).toBe(400);
  });

  it("answers a team's services", async () => {
    const server = await start();
    const team = world.services[0].owner;
    const res = await request(server).get('/api/flags/team').query({ team });
    expect(res.status).toBe(200);
    const body = res.body as TeamFlagsResponse;
    expect(body.data.team).toBe(`group:default/${team}`);
    expect(body.data.items.map(i => i.entityRef).sort()).toEqual(
      world.services
        .filter(s => s.owner === team)
        .map(s => `component:default/${s.name}`)
        .sort(),
    );
  });

  it.each([
    ['/api/flags/entity', {}, 'entityRef: Required'],
    ['/api/flags/team', {}, 'team: Required'],
  ])('answers 400 on %s without input', async (path, query, message) => {
    const server = await start();
    const res = await request(server).get(path).query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(message);
  });

  it('answers 400 on an empty batch and 404 on an unknown entity', async () => {
    const server = await start();
    const batch = await request(server)
      .post('/api/flags/batch')
      .send({ entityRefs: [] });
    expect(batch.status).toBe(400);
    const missing = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/nope' });
    expect(missing.status).toBe(404);
  });

  it('is off in live mode without flags.unleash and names the keys', async () => {
    const server = await start({ dataSource: 'live' });
    const res = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/legacy' });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('flags.unleash.apiToken');
  });
});
