import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createServiceFactory,
  coreServices,
} from '@backstage/backend-plugin-api';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import { oncallPlugin } from './plugin';
import { component, fakeUrlReader } from './__testUtils__';
import promAlerts from './sources/__fixtures__/prometheus-alerts.json';
import amAlerts from './sources/__fixtures__/alertmanager-alerts.json';
import burnRates from './sources/__fixtures__/burn-rate-vector.json';

const PROM = 'http://prometheus.test';
const AM = 'http://alertmanager.test';
const RUNBOOKS = 'https://git.example.com/org/checkout-api/blob/main/runbooks';

// supertest talks to the test backend on 127.0.0.1: let that through, fake everything else.
const server = setupServer(
  http.all('*', ({ request: req }) =>
    new URL(req.url).hostname === '127.0.0.1' ? passthrough() : undefined,
  ),
);
registerMswTestHooks(server);

const entities = [
  component('checkout-api', 'team-checkout'),
  component('cart-api', 'group:default/team-cart'),
];
const files = {
  [`${RUNBOOKS}/SloErrorBudgetBurnFast.md`]:
    '# Burn\n\n> Roll back first & ask later\n\n<script>alert("x")</script>\n<img src="x.png" onerror="steal()">\n\n1. Check deploys',
  [`${RUNBOOKS}/SloLatencyBurnSlow.md`]: '# Slow latency\n\nLook at p95.',
};

async function start(data: object) {
  const { server: app } = await startTestBackend({
    features: [
      oncallPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities }),
      createServiceFactory({
        service: coreServices.urlReader,
        deps: {},
        factory: () => fakeUrlReader(files),
      }),
    ],
  });
  return app;
}

const live = {
  runway: { dataSource: 'live' },
  prometheus: { url: PROM, timeoutMs: 500 },
};

describe('oncall backend on Prometheus', () => {
  beforeEach(() => {
    server.use(
      http.get(`${PROM}/api/v1/alerts`, () => HttpResponse.json(promAlerts)),
      http.post(`${PROM}/api/v1/query`, () => HttpResponse.json(burnRates)),
    );
  });

  it('lists firing and pending alerts matched to entities, pages first then oldest', async () => {
    const res = await request(await start(live)).get('/api/oncall/alerts');
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      kind: 'live',
      name: 'prometheus',
      stale: false,
    });
    expect(
      res.body.data.alerts.map((a: any) => [
        a.alertname,
        a.state,
        a.entityRef ?? null,
        a.owner ?? null,
      ]),
    ).toEqual([
      ['DiskFilling', 'firing', null, null],
      [
        'SloErrorBudgetBurnFast',
        'firing',
        'component:default/checkout-api',
        'group:default/team-checkout',
      ],
      [
        'HighLatency',
        'pending',
        'component:default/cart-api',
        'group:default/team-cart',
      ],
    ]);
  });

  it('filters by owner and by entity', async () => {
    const app = await start(live);
    const byOwner = await request(app)
      .get('/api/oncall/alerts')
      .query({ owner: 'group:default/team-cart' });
    expect(byOwner.body.data.alerts.map((a: any) => a.alertname)).toEqual([
      'HighLatency',
    ]);
    // A bare owner name is a team (group), not a component of that name.
    const byBareOwner = await request(app)
      .get('/api/oncall/alerts')
      .query({ owner: 'team-cart' });
    expect(byBareOwner.body.data.alerts.map((a: any) => a.alertname)).toEqual([
      'HighLatency',
    ]);
    const byEntity = await request(app)
      .get('/api/oncall/alerts')
      .query({ entityRef: 'checkout-api' });
    expect(byEntity.body.data.alerts.map((a: any) => a.alertname)).toEqual([
      'SloErrorBudgetBurnFast',
    ]);
  });

  it('serves an alert with its runbook sanitized and the burn rates now', async () => {
    const app = await start(live);
    const list = await request(app).get('/api/oncall/alerts');
    const id = list.body.data.alerts.find(
      (a: any) => a.alertname === 'SloErrorBudgetBurnFast',
    ).id;
    const res = await request(app).get(`/api/oncall/alerts/${id}`);
    expect(res.status).toBe(200);
    const { runbook, burnRates: rates } = res.body.data;
    expect(runbook.status).toBe('found');
    expect(runbook.url).toBe(`${RUNBOOKS}/SloErrorBudgetBurnFast.md`);
    expect(runbook.markdown).not.toMatch(/script|onerror|steal/);
    expect(runbook.markdown).toContain('> Roll back first & ask later');
    expect(runbook.markdown).toContain('<img src="x.png" />');
    expect(rates).toEqual([
      { slo: 'requests-availability', burnRate: 24.5 },
      { slo: 'requests-latency', burnRate: 0.8 },
    ]);
  });

  it('says where it looked when an alert has no runbook', async () => {
    const app = await start(live);
    const list = await request(app).get('/api/oncall/alerts');
    const id = list.body.data.alerts.find(
      (a: any) => a.alertname === 'HighLatency',
    ).id;
    const res = await request(app).get(`/api/oncall/alerts/${id}`);
    expect(res.body.data.runbook).toEqual({
      status: 'missing',
      lookedFor:
        'https://git.example.com/org/cart-api/blob/main/runbooks/HighLatency.md',
      reason: 'No runbook for HighLatency',
    });
  });

  it("looks for the runbook at the alert's runbook_url first", async () => {
    const app = await start(live);
    const list = await request(app).get('/api/oncall/alerts');
    const id = list.body.data.alerts.find(
      (a: any) => a.alertname === 'DiskFilling',
    ).id;
    const res = await request(app).get(`/api/oncall/alerts/${id}`);
    expect(res.body.data.runbook).toMatchObject({
      status: 'missing',
      lookedFor:
        'https://git.example.com/ops/runbooks/blob/main/DiskFilling.md',
    });
  });

  it('answers 404 for an alert that is no longer firing', async () => {
    const res = await request(await start(live)).get(
      '/api/oncall/alerts/0123456789abcdef',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'Alert 0123456789abcdef is not firing (it may have resolved)',
    );
  });

  it('counts firing and paging alerts per entity in one upstream call', async () => {
    let calls = 0;
    server.use(
      http.get(`${PROM}/api/v1/alerts`, () => {
        calls++;
        return HttpResponse.json(promAlerts);
      }),
    );
    const entityRefs = [
      'component:default/checkout-api',
      'component:default/cart-api',
      'component:default/nope',
    ];
    const res = await request(await start(live))
      .post('/api/oncall/batch')
      .send({ entityRefs });
    expect(res.body.data.items).toEqual([
      { entityRef: 'component:default/checkout-api', firing: 1, paging: 1 },
      { entityRef: 'component:default/cart-api', firing: 0, paging: 0 },
      { entityRef: 'component:default/nope', firing: 0, paging: 0 },
    ]);
    expect(calls).toBe(1);
  });

  it('answers the runbooks of many services in one batch, unknown ones explained', async () => {
    const res = await request(await start(live))
      .post('/api/oncall/runbooks/batch')
      .send({ entityRefs: ['checkout-api', 'component:default/nope'] });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'live', stale: false });
    const [checkout, nope] = res.body.data.items;
    expect(checkout.entityRef).toBe('component:default/checkout-api');
    expect(checkout.runbooks.map((r: any) => r.name)).toEqual([
      'SloErrorBudgetBurnFast',
      'SloLatencyBurnSlow',
    ]);
    expect(nope).toEqual({
      entityRef: 'component:default/nope',
      runbooks: [],
      error: 'No entity component:default/nope',
    });
  });

  it('rejects bad input with 400', async () => {
    const app = await start(live);
    expect(
      (await request(app).get('/api/oncall/alerts').query({ entityRef: '' }))
        .status,
    ).toBe(400);
    expect(
      (await request(app).get('/api/oncall/alerts/not-an-id!')).status,
    ).toBe(400);
    expect((await request(app).get('/api/oncall/runbooks')).status).toBe(400);
    const tooMany = Array.from(
      { length: 1001 },
      (_, i) => `component:default/s${i}`,
    );
    expect(
      (
        await request(app)
          .post('/api/oncall/batch')
          .send({ entityRefs: tooMany })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .post('/api/oncall/runbooks/batch')
          .send({ entityRefs: tooMany })
      ).status,
    ).toBe(400);
  });
});

describe('oncall backend when Prometheus is down', () => {
  it('gives a clear error for alerts while the runbooks still show', async () => {
    server.use(
      http.get(`${PROM}/api/v1/alerts`, () =>
        HttpResponse.json(
          { status: 'error', errorType: 'unavailable', error: 'down' },
          { status: 503 },
        ),
      ),
    );
    const app = await start(live);
    const alerts = await request(app).get('/api/oncall/alerts');
    expect(alerts.status).toBe(503);
    expect(alerts.body.error.message).toBe('Prometheus failed (HTTP 503)');
    const runbooks = await request(app)
      .get('/api/oncall/runbooks')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(runbooks.status).toBe(200);
    expect(runbooks.body.runbooks.map((r: any) => [r.name, r.title])).toEqual([
      ['SloErrorBudgetBurnFast', 'Burn'],
      ['SloLatencyBurnSlow', 'Slow latency'],
    ]);
    expect(runbooks.body.runbooks[0].markdown).not.toContain('<script');
  });
});

describe('oncall backend on Alertmanager', () => {
  it('reads active, unsilenced alerts from /api/v2/alerts and keeps their fingerprints', async () => {
    let query: Record<string, string> = {};
    server.use(
      http.get(`${AM}/api/v2/alerts`, ({ request: req }) => {
        query = Object.fromEntries(new URL(req.url).searchParams);
        return HttpResponse.json(amAlerts);
      }),
    );
    const res = await request(
      await start({ ...live, oncall: { alertmanager: { url: AM } } }),
    ).get('/api/oncall/alerts');
    expect(query).toEqual({
      active: 'true',
      silenced: 'false',
      inhibited: 'false',
    });
    expect(res.body.source.name).toBe('alertmanager');
    expect(res.body.data.alerts).toEqual([
      expect.objectContaining({
        id: '5c2d1f0e8a7b6c3d',
        alertname: 'SloErrorBudgetBurnFast',
        entityRef: 'component:default/checkout-api',
        since: '2025-11-21T23:20:00.000Z',
      }),
    ]);
  });

  it('reports an Alertmanager that answers garbage', async () => {
    server.use(
      http.get(`${AM}/api/v2/alerts`, () => HttpResponse.json({ oops: true })),
    );
    const res = await request(
      await start({ ...live, oncall: { alertmanager: { url: AM } } }),
    ).get('/api/oncall/alerts');
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(
      /^Alertmanager returned an unexpected payload/,
    );
  });
});
