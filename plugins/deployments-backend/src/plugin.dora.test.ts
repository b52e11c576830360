import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createDemoWorld,
  demoFlagPrefix,
  demoPagerDutyServiceId,
  demoUnleashProject,
} from '@runway/demo-node';
import flagsPlugin from '@runway/plugin-flags-backend';
import { oncallPlugin } from '@runway/plugin-oncall-backend';
import request from 'supertest';
import { deploymentsPlugin } from './plugin';

const service = (name: string, owner: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'argocd/app-selector': `app.kubernetes.io/name=${name}`,
      'pagerduty.com/service-id': demoPagerDutyServiceId(name),
      // The team's Unleash project, the service's flags by prefix, as the demo world has them.
      'unleash.io/project': demoUnleashProject({ owner }),
      'unleash.io/feature-prefix': demoFlagPrefix({ name }),
    },
  },
  spec: { type: 'service', owner },
});

// The demo world's story: checkout-api's canary failed, paged at +10 min, was rolled back
// at +35 min and its incident resolved at +38 min; cart-api has no incident.
const entities = [
  service('checkout-api', 'team-checkout'),
  service('cart-api', 'team-checkout'),
];

async function start(
  features: any[] = [],
  options: { failureWindowHours?: number; entities?: any[] } = {},
) {
  const { server: app } = await startTestBackend({
    features: [
      deploymentsPlugin,
      ...features,
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
          ...(options.failureWindowHours
            ? {
                deployments: {
                  dora: { failureWindowHours: options.failureWindowHours },
                },
              }
            : {}),
        },
      }),
      catalogServiceMock.factory({
        entities: options.entities ?? entities,
      }),
    ],
  });
  return app;
}

const refs = ['component:default/checkout-api', 'component:default/cart-api'];

describe('DORA from incidents (demo world)', () => {
  afterEach(() => jest.restoreAllMocks());

  it('times restore from the story incident and the rollback from its sync', async () => {
    const app = await start([oncallPlugin]);
    const res = await request(app)
      .post('/api/deployments/batch')
      .send({ entityRefs: refs });
    expect(res.status).toBe(200);
    const [checkout, cart] = res.body.data.items;
    expect(checkout.dora.timeToRestoreMinutes).toBeCloseTo(28, 5);
    expect(checkout.dora.rollbackMinutes).toBeCloseTo(35, 5);
    expect(checkout.dora.computedFrom).toMatchObject({
      changeFailureRate: 'incidents',
      timeToRestore: 'incidents',
      rollbackTime: 'deploys',
    });
    // No incident, no rollback: no data, never zero.
    expect(cart.dora.timeToRestoreMinutes).toBeNull();
    expect(cart.dora.rollbackMinutes).toBeNull();
    expect(cart.dora.computedFrom.timeToRestore).toBe('none');
  });

  it('falls back to paging alerts, saying why, when the on-call backend is absent', async () => {
    const app = await start();
    const res = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(res.status).toBe(200);
    const { dora } = res.body.data;
    expect(dora.computedFrom.changeFailureRate).toBe('alerts');
    expect(dora.computedFrom.timeToRestore).toBe('deploys');
    expect(dora.computedFrom.note).toMatch(/no incident data \(.*on-call/);
    expect(dora.computedFrom.flagChanges).toBe(false);
    expect(dora.rollbackMinutes).toBeCloseTo(35, 5);
  });

  // The story: new-payment-flow raised to 10 % in prod an hour before the canary, whose
  // incident was triggered 10 min into it: 70 min after the flag change, so a 2 h window
  // counts that flag change as failed (the default 1 h does not).
  it('counts prod flag changes followed by an incident alike in the batch and for one entity', async () => {
    const world = createDemoWorld();
    const { flagRollout, incidents } = world.story;
    expect(flagRollout.service).toBe('checkout-api');
    const afterFlag =
      Date.parse(incidents[0].triggeredAt) - Date.parse(flagRollout.changedAt);
    expect(afterFlag).toBeLessThan(2 * 3600_000);
    expect(afterFlag).toBeGreaterThan(3600_000);

    const fetchSpy = jest.spyOn(global, 'fetch');
    const app = await start([oncallPlugin, flagsPlugin], {
      failureWindowHours: 2,
    });
    fetchSpy.mockClear();
    const flagCalls = () =>
      fetchSpy.mock.calls.filter(([url]) => String(url).includes('/api/flags/'))
        .length;

    const batch = await request(app)
      .post('/api/deployments/batch')
      .send({ entityRefs: refs });
    expect(batch.status).toBe(200);
    expect(flagCalls()).toBe(1);
    const overview = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(overview.status).toBe(200);
    const entity = overview.body.data.dora;
    const [checkout] = batch.body.data.items;

    expect(entity.computedFrom.flagChanges).toBe(true);
    expect(checkout.dora.computedFrom.flagChanges).toBe(true);
    expect(checkout.dora.changeFailureRate).toBe(entity.changeFailureRate);
    expect(checkout.dora.computedFrom.note).toBe(entity.computedFrom.note);
    expect(checkout.dora.computedFrom.note).toContain('prod flag changes');

    // Within 1 h the flag change is not followed by the incident: the same changes, one
    // failure fewer, so that failure is new-payment-flow's change.
    const oneHour = await start([oncallPlugin, flagsPlugin]);
    const [short] = (
      await request(oneHour)
        .post('/api/deployments/batch')
        .send({ entityRefs: refs })
    ).body.data.items;
    const changes =
      1 / (checkout.dora.changeFailureRate - short.dora.changeFailureRate);
    expect(changes).toBeCloseTo(Math.round(changes), 6);
    // More changes than prod deploys: the prod flag changes are in the denominator too.
    expect(Math.round(changes)).toBeGreaterThan(checkout.dora.prodDeploys);
    // And without the flags family, deploys only.
    const noFlags = await start([oncallPlugin], { failureWindowHours: 2 });
    const [without] = (
      await request(noFlags)
        .post('/api/deployments/batch')
        .send({ entityRefs: refs })
    ).body.data.items;
    expect(without.dora.computedFrom.flagChanges).toBe(false);
    expect(
      without.dora.changeFailureRate * without.dora.prodDeploys,
    ).toBeCloseTo(short.dora.changeFailureRate * Math.round(changes), 6);
  });

  it('reads flag changes for 500 services in one flags call', async () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      service(`svc-${i}`, 'team-x'),
    );
    const fetchSpy = jest.spyOn(global, 'fetch');
    const app = await start([oncallPlugin, flagsPlugin], { entities: many });
    fetchSpy.mockClear();
    const res = await request(app)
      .post('/api/deployments/batch')
      .send({
        entityRefs: many.map(e => `component:default/${e.metadata.name}`),
      });
    expect(res.status).toBe(200);
    const calls = fetchSpy.mock.calls.map(([url]) => String(url));
    expect(calls.filter(u => u.includes('/api/flags/'))).toEqual([
      expect.stringMatching(/\/api\/flags\/changes\/batch$/),
    ]);
    expect(calls.filter(u => u.includes('/api/oncall/'))).toHaveLength(1);
  });
});
