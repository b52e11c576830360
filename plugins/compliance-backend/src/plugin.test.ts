import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { BATCH_LIMIT } from '@runway/runway-node';
import {
  catalogComponents,
  createDemoWorld,
  ownerOrLeadershipDecisions,
} from '@runway/demo-node';
import request from 'supertest';
import { compliancePlugin } from './plugin';

jest.setTimeout(60_000);

const world = createDemoWorld();
const { failingControl, missingBackup } = world.story;
/** Runway's policy for the family's read permission: leadership all, others their own. */
const permissions = mockServices.permissions.mock({
  authorize: jest.fn(ownerOrLeadershipDecisions(world)) as any,
});

const as = (user: string) => ({
  Authorization: mockCredentials.user.header(user),
});

async function start(data: object) {
  const { server } = await startTestBackend({
    features: [
      compliancePlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities: catalogComponents(world) }),
      permissions.factory,
    ],
  });
  return server;
}

describe('compliance backend on the demo world', () => {
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    server = await start({
      runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
    });
    // The refresh runs on start-up; wait until it has stored the demo posture.
    for (let i = 0; i < 100; i++) {
      const res = await request(server)
        .get(
          `/api/compliance/entity?entityRef=component:default/${failingControl.service}`,
        )
        .set(as('user:default/boss'));
      if (res.status !== 503) break;
      await new Promise(r => setTimeout(r, 100));
    }
  });

  it('serves the story failing control to its owner, with its remediation link and the demo badge', async () => {
    const res = await request(server)
      .get(
        `/api/compliance/entity?entityRef=component:default/${failingControl.service}`,
      )
      .set(as('user:default/gabriel'));
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'demo', stale: false });
    const { data } = res.body;
    expect(data.state.state).toBe('ok');
    expect(data.sources.securityhub.state).toBe('ok');
    expect(data.failing).toContainEqual(
      expect.objectContaining({
        origin: 'securityhub',
        controlId: failingControl.controlId,
        remediationUrl: `https://docs.aws.amazon.com/console/securityhub/${failingControl.controlId}/remediation`,
      }),
    );
    expect(data.score).toBeLessThan(1);
    expect(data.score).toBe(data.passedControls / data.applicableControls);
    expect(data.cloudTrailLogging).toBe(true);
    expect(data.backup).toMatchObject({
      rpoTargetMinutes: 15,
      rtoTargetMinutes: 60,
    });
  });

  it('shows the story database three days without a backup, far over the RPO target', async () => {
    const res = await request(server)
      .get(
        `/api/compliance/entity?entityRef=component:default/${missingBackup.service}`,
      )
      .set(as('user:default/alice'));
    expect(res.status).toBe(200);
    expect(res.body.data.backup.lastBackupAt).toBe(missingBackup.lastBackupAt);
    expect(res.body.data.backup.rpoMinutes).toBeGreaterThan(3 * 24 * 60);
  });

  it('answers 403 to another team and lets leadership read any service', async () => {
    const ref = `component:default/${failingControl.service}`;
    const denied = await request(server)
      .get(`/api/compliance/entity?entityRef=${ref}`)
      .set(as('user:default/alice'));
    expect(denied.status).toBe(403);
    const lead = await request(server)
      .get(`/api/compliance/entity?entityRef=${ref}`)
      .set(as('user:default/boss'));
    expect(lead.status).toBe(200);
  });

  it('batches with one permission call, leaving out what the viewer may not read', async () => {
    const calls = (permissions.authorize as jest.Mock).mock.calls.length;
    const res = await request(server)
      .post('/api/compliance/batch')
      .set(as('user:default/alice'))
      .send({
        entityRefs: [
          'component:default/checkout-api',
          `component:default/${failingControl.service}`,
          'component:default/nope',
        ],
      });
    expect(res.status).toBe(200);
    expect((permissions.authorize as jest.Mock).mock.calls.length).toBe(
      calls + 1,
    );
    expect(res.body.data.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/checkout-api',
    ]);
    expect(res.body.data.items[0]).not.toHaveProperty('sources');
  });

  it('sums the over-budget team over its services, the story control among their failures', async () => {
    const res = await request(server)
      .get(`/api/compliance/team?team=${failingControl.team}`)
      .set(as('user:default/boss'));
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(data.teamRef).toBe(`group:default/${failingControl.team}`);
    expect(data.services.length).toBeGreaterThan(0);
    expect(data.applicableControls).toBe(
      data.services.reduce((n: number, s: any) => n + s.applicableControls, 0),
    );
    expect(
      data.services
        .find((s: any) => s.entityRef.endsWith(`/${failingControl.service}`))
        .failing.map((f: any) => f.controlId),
    ).toContain(failingControl.controlId);
  });

  it('counts a team outsider its services as hidden', async () => {
    const res = await request(server)
      .get(`/api/compliance/team?team=group:default/${failingControl.team}`)
      .set(as('user:default/alice'));
    expect(res.status).toBe(200);
    expect(res.body.data.services).toEqual([]);
    expect(res.body.data.hidden).toBeGreaterThan(0);
    expect(res.body.data.score).toBeNull();
  });

  it.each([
    ['GET', '/api/compliance/entity', undefined],
    ['GET', '/api/compliance/entity?entityRef=not a ref', undefined],
    ['GET', '/api/compliance/team', undefined],
    ['POST', '/api/compliance/batch', { entityRefs: 'component:default/x' }],
    [
      'POST',
      '/api/compliance/batch',
      {
        entityRefs: Array.from(
          { length: BATCH_LIMIT + 1 },
          (_, i) => `component:default/s${i}`,
        ),
      },
    ],
  ])('answers 400 to %s %s', async (method, path, body) => {
    const req =
      method === 'GET'
        ? request(server).get(path)
        : request(server).post(path).send(body);
    const res = await req.set(as('user:default/boss'));
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
  });

  it('answers 404 for an entity the catalog does not know', async () => {
    const res = await request(server)
      .get('/api/compliance/entity?entityRef=component:default/nope')
      .set(as('user:default/boss'));
    expect(res.status).toBe(404);
  });
});

describe('compliance backend when off', () => {
  it('answers the typed 503 naming the keys that turn it on', async () => {
    const server = await start({ runway: { dataSource: 'live' } });
    const res = await request(server)
      .get('/api/compliance/entity?entityRef=component:default/checkout-api')
      .set(as('user:default/boss'));
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('compliance.aws.accountId');
  });
});
