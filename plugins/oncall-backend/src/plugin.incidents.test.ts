import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import { demoPagerDutyServiceId } from '@runway/demo-node';
import { oncallPlugin } from './plugin';
import { component } from './__testUtils__';
import page1 from './sources/pagerduty/__fixtures__/incidents-page-1.json';
import page2 from './sources/pagerduty/__fixtures__/incidents-page-2.json';
import logEntries from './sources/pagerduty/__fixtures__/log-entries.json';
import oncalls from './sources/pagerduty/__fixtures__/oncalls.json';
import service from './sources/pagerduty/__fixtures__/service.json';
import servicesWithIntegrations from './sources/pagerduty/__fixtures__/services-with-integrations.json';

const PD = 'http://pagerduty.test';
const TOKEN = 'pd-secret-token';

const server = setupServer(
  http.all('*', ({ request: req }) =>
    new URL(req.url).hostname === '127.0.0.1' ? passthrough() : undefined,
  ),
);
registerMswTestHooks(server);

const entities = [
  component('checkout-api', 'team-checkout', {
    'pagerduty.com/service-id': 'PCHKOUT',
  }),
  component('cart-api', 'team-cart', {
    'pagerduty.com/integration-key': '8a1b2c3d4e5f40718293a4b5c6d7e8f9',
  }),
  component('search-api', 'team-search'),
];

/** PagerDuty on the wire: offset pagination, the token checked, every call counted. */
function fakePagerDuty(
  options: { incidentsStatus?: number; serviceAnswer?: object } = {},
) {
  const calls: string[] = [];
  const authed = (req: Request) =>
    req.headers.get('authorization') === `Token token=${TOKEN}` &&
    req.headers.get('accept') === 'application/vnd.pagerduty+json;version=2';
  server.use(
    http.get(`${PD}/incidents`, ({ request: req }) => {
      calls.push('incidents');
      if (!authed(req)) return new HttpResponse(null, { status: 401 });
      if (options.incidentsStatus)
        return HttpResponse.json(
          { error: { message: 'Rate Limit Exceeded', code: 2020 } },
          { status: options.incidentsStatus },
        );
      const url = new URL(req.url);
      if (!url.searchParams.get('since') || !url.searchParams.get('until'))
        return HttpResponse.json(
          { error: { message: 'no range' } },
          { status: 400 },
        );
      const ids = url.searchParams.getAll('service_ids[]').sort();
      if (ids.join() !== 'PCARTSV,PCHKOUT')
        return HttpResponse.json(
          { error: { message: `ids ${ids}` } },
          { status: 400 },
        );
      const offset = Number(url.searchParams.get('offset') ?? 0);
      return HttpResponse.json(offset === 0 ? page1 : page2);
    }),
    http.get(`${PD}/incidents/:id/log_entries`, ({ params }) => {
      calls.push(`log:${params.id}`);
      return HttpResponse.json(logEntries);
    }),
    http.get(`${PD}/services/PCHKOUT`, () => {
      calls.push('service');
      return HttpResponse.json(options.serviceAnswer ?? service);
    }),
    http.get(`${PD}/services`, ({ request: req }) => {
      calls.push('services');
      const include = new URL(req.url).searchParams.getAll('include[]');
      return HttpResponse.json(
        include.includes('integrations')
          ? servicesWithIntegrations
          : { services: [], limit: 100, offset: 0, more: false },
      );
    }),
    http.get(`${PD}/oncalls`, ({ request: req }) => {
      calls.push('oncalls');
      const ids = new URL(req.url).searchParams.getAll(
        'escalation_policy_ids[]',
      );
      return HttpResponse.json(
        ids.join() === 'PEPCHK1'
          ? oncalls
          : { oncalls: [], limit: 25, offset: 0, more: false },
      );
    }),
  );
  return calls;
}

async function start(pagerduty: object = {}) {
  const { server: app } = await startTestBackend({
    features: [
      oncallPlugin,
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'live' },
          prometheus: { url: 'http://prometheus.test' },
          oncall: {
            pagerduty: {
              apiToken: TOKEN,
              baseUrl: PD,
              timeoutMs: 500,
              retryTimeoutMs: 0,
              ...pagerduty,
            },
          },
        },
      }),
      catalogServiceMock.factory({ entities }),
    ],
  });
  return app;
}

describe('oncall incidents from PagerDuty', () => {
  it('lists every page of one incidents call, with on-call now and the open incident log', async () => {
    const calls = fakePagerDuty();
    const app = await start();
    const res = await request(app)
      .get('/api/oncall/incidents')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      kind: 'live',
      name: 'pagerduty',
      stale: false,
    });
    const { incidents, onCall, serviceId } = res.body.data;
    expect(serviceId).toBe('PCHKOUT');
    expect(
      incidents.map((i: any) => [i.number, i.status, i.resolvedAt]),
    ).toEqual([
      [1201, 'resolved', '2026-03-08T14:38:00Z'],
      [1202, 'acknowledged', undefined],
    ]);
    // The open incident's log, oldest first; the resolved one is not read.
    expect(incidents[1].log.map((l: any) => l.type)).toEqual([
      'trigger_log_entry',
      'acknowledge_log_entry',
    ]);
    expect(incidents[0].log).toBeUndefined();
    // The policy as the service's reference names and links it, not its id.
    expect(onCall.escalationPolicy).toEqual({
      id: 'PEPCHK1',
      name: service.service.escalation_policy.summary,
      url: service.service.escalation_policy.html_url,
    });
    expect(onCall.escalationPolicy.name).toBe('Checkout escalation');
    expect(
      onCall.people.map((p: any) => [p.level, p.name, p.schedule]),
    ).toEqual([
      [1, 'Ada Lovelace', 'Checkout primary'],
      [2, 'Grace Hopper', undefined],
    ]);
    // incidents: 2 pages; services: the integration key lookup; then service + oncalls + 1 log.
    expect(calls.sort()).toEqual(
      [
        'incidents',
        'incidents',
        'log:Q0RIJJZL24RC6W',
        'oncalls',
        'service',
        'services',
      ].sort(),
    );

    // A second page view is served from the caches: no PagerDuty call.
    calls.length = 0;
    await request(app)
      .get('/api/oncall/incidents')
      .query({ entityRef: 'component:default/checkout-api' })
      .expect(200);
    expect(calls).toEqual([]);
  });

  it('costs the alert page 6 PagerDuty calls cold, none while fresh, the list pages on a refresh', async () => {
    const calls = fakePagerDuty();
    // The incidents list fresh for 2 s instead of oncall.pagerduty.cacheSeconds' 60.
    const app = await start({ cacheSeconds: 2 });
    // The alert page asks twice at once: its on-call card and its 24 h timeline.
    const view = () =>
      Promise.all(
        [1, 2].map(() =>
          request(app)
            .get('/api/oncall/incidents')
            .query({ entityRef: 'component:default/checkout-api' })
            .expect(200),
        ),
      );
    await view();
    // The 2 list pages, the integration key lookup, service, oncalls, the open incident's log.
    expect(calls).toHaveLength(6);
    calls.length = 0;
    await view();
    expect(calls).toEqual([]);
    // A refresh of the list: its pages only (one per 100 incidents, for every service at
    // once); on-call, logs and the key lookup stay cached for their minute, then cost the
    // 4 calls above again.
    await new Promise(resolve => setTimeout(resolve, 2100));
    await view();
    expect(calls).toEqual(['incidents', 'incidents']);
  });

  it('answers a batch from the same list: unmapped entities are no data, not zero', async () => {
    const calls = fakePagerDuty();
    const app = await start();
    const res = await request(app)
      .post('/api/oncall/incidents/batch')
      .send({
        entityRefs: [
          'component:default/checkout-api',
          'component:default/cart-api',
          'component:default/search-api',
        ],
      });
    expect(res.status).toBe(200);
    expect(
      res.body.data.items.map((i: any) => [
        i.entityRef,
        i.mapped,
        i.incidents.length,
      ]),
    ).toEqual([
      ['component:default/checkout-api', true, 2],
      ['component:default/cart-api', true, 0],
      ['component:default/search-api', false, 0],
    ]);
    expect(calls.filter(c => c === 'incidents')).toHaveLength(2);
    const unmapped = await request(app)
      .get('/api/oncall/incidents')
      .query({ entityRef: 'search-api' });
    expect(unmapped.body.data).toMatchObject({
      serviceId: null,
      onCall: null,
      incidents: [],
    });
  });

  it('says PagerDuty is rate limiting (429) in a 503 without the token', async () => {
    fakePagerDuty({ incidentsStatus: 429 });
    const app = await start();
    const res = await request(app)
      .post('/api/oncall/incidents/batch')
      .send({ entityRefs: ['component:default/checkout-api'] });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain(
      'PagerDuty is rate limiting us (HTTP 429',
    );
    expect(JSON.stringify(res.body)).not.toContain(TOKEN);
  });

  it('gives up on a PagerDuty that does not answer within the timeout', async () => {
    server.use(
      http.get(`${PD}/incidents`, async () => {
        await new Promise(r => setTimeout(r, 2000));
        return HttpResponse.json(page2);
      }),
      http.get(`${PD}/services`, () =>
        HttpResponse.json(servicesWithIntegrations),
      ),
    );
    const app = await start({ timeoutMs: 200 });
    const res = await request(app)
      .post('/api/oncall/incidents/batch')
      .send({ entityRefs: ['component:default/checkout-api'] });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      'PagerDuty did not answer within 200 ms',
    );
  });

  it('answers a typed 503 naming the key when live has no PagerDuty token', async () => {
    const { server: app } = await startTestBackend({
      features: [
        oncallPlugin,
        mockServices.rootConfig.factory({
          data: {
            runway: { dataSource: 'live' },
            prometheus: { url: 'http://p.test' },
          },
        }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    const res = await request(app)
      .post('/api/oncall/incidents/batch')
      .send({ entityRefs: ['component:default/checkout-api'] });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('oncall.pagerduty.apiToken');
  });

  it('serves the demo world: the failed canary incident resolved, on-call from the team', async () => {
    const { server: app } = await startTestBackend({
      features: [
        oncallPlugin,
        mockServices.rootConfig.factory({
          data: { runway: { dataSource: 'demo' } },
        }),
        catalogServiceMock.factory({
          entities: [
            component('checkout-api', 'team-payments', {
              'pagerduty.com/service-id':
                demoPagerDutyServiceId('checkout-api'),
            }),
          ],
        }),
      ],
    });
    const res = await request(app)
      .get('/api/oncall/incidents')
      .query({ entityRef: 'checkout-api' });
    expect(res.status).toBe(200);
    expect(res.body.source.kind).toBe('demo');
    expect(res.body.data.incidents[0]).toMatchObject({
      status: 'resolved',
      urgency: 'high',
    });
    expect(res.body.data.onCall.people[0].level).toBe(1);
    // Named as the team's policy, never by its id; the demo has no PagerDuty page to link.
    const policy = res.body.data.onCall.escalationPolicy;
    expect(policy.name).toMatch(/ escalation$/);
    expect(policy.name).not.toBe(policy.id);
    expect(policy.url).toBeUndefined();
  });

  it("names the policy from an on-call entry when the service's reference has no summary", async () => {
    const { summary, html_url, ...bare } = service.service.escalation_policy;
    fakePagerDuty({
      serviceAnswer: {
        service: { ...service.service, escalation_policy: bare },
      },
    });
    const app = await start();
    const res = await request(app)
      .get('/api/oncall/incidents')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(200);
    expect(res.body.data.onCall.escalationPolicy).toEqual({
      id: 'PEPCHK1',
      name: summary,
      url: html_url,
    });
  });
});
