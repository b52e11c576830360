import {
  mockCredentials,
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity } from '@backstage/catalog-model';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import { deploymentsPlugin } from './plugin';
import {
  Call,
  EU_URL,
  fakeArgoCd,
  fixtures,
  listCalls,
  MAIN_URL,
  TOKENS,
} from './__testUtils__/fakeArgoCd';

import runs from './sources/github/__fixtures__/workflow-runs.json';
import jobs from './sources/github/__fixtures__/run-jobs.json';
// supertest talks to the test backend on localhost: let that through, fake everything else.
const GITHUB = 'https://api.github.com/repos/runway-demo/checkout-api/actions';

const server = setupServer(
  http.all('*', ({ request: req }) =>
    new URL(req.url).hostname === '127.0.0.1' ? passthrough() : undefined,
  ),
);
registerMswTestHooks(server);

const component = (
  name: string,
  owner: string,
  annotations: Record<string, string> = {
    'argocd/app-selector': `app.kubernetes.io/name=${name}`,
  },
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, annotations },
  spec: { type: 'service', owner, lifecycle: 'production' },
});

const entities = [
  component('checkout-api', 'team-checkout', {
    'argocd/app-selector': 'app.kubernetes.io/name=checkout-api',
    'argocd/instance-name': 'main',
    'github.com/project-slug': 'runway-demo/checkout-api',
  }),
  component('payments-api', 'team-payments'),
  component('no-argo', 'team-payments', {}),
  component('bad-selector', 'team-payments', {
    'argocd/app-selector': 'tier in (backend',
  }),
  ...Array.from({ length: 46 }, (_, i) =>
    component(`svc-${i}`, 'team-catalog'),
  ),
];

/** Stands in for the Runway policy + catalog's isEntityOwner: owners of the entity only. */
const OWNERS: Record<string, string> = {
  'user:default/alice': 'team-checkout',
  'user:default/dana': 'team-payments',
};
const permissions = mockServices.permissions.mock({
  authorize: async (requests, { credentials }) =>
    requests.map(r => {
      const user =
        (credentials.principal as { userEntityRef?: string }).userEntityRef ??
        '';
      const entity = entities.find(
        e => `component:default/${e.metadata.name}` === (r as any).resourceRef,
      );
      return {
        result:
          entity?.spec?.owner === OWNERS[user]
            ? AuthorizeResult.ALLOW
            : AuthorizeResult.DENY,
      };
    }),
});

const liveConfig = {
  runway: { dataSource: 'live' },
  argocd: {
    timeoutMs: 1000,
    instances: [
      { name: 'main', url: MAIN_URL, token: TOKENS.main },
      { name: 'eu', url: EU_URL, token: TOKENS.eu },
    ],
  },
};

async function start(data: object) {
  const { server: app } = await startTestBackend({
    features: [
      deploymentsPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities }),
      permissions.factory,
    ],
  });
  return app;
}

// The fixtures' deploys are from mid-November 2026; DORA windows are measured from here.
beforeEach(() =>
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-20T10:00:00Z')),
);
afterEach(() => jest.restoreAllMocks());

describe('deployments backend (live sources at the wire)', () => {
  let calls: Call[];
  beforeEach(() => {
    calls = [];
    server.use(
      ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
      ...fakeArgoCd(EU_URL, TOKENS.eu, fixtures.euApps, calls),
    );
  });

  it('serves a batch of 50 entities with one list call per ArgoCD instance', async () => {
    const app = await start(liveConfig);
    const entityRefs = entities.map(
      e => `component:default/${e.metadata.name}`,
    );
    expect(entityRefs).toHaveLength(50);
    const res = await request(app)
      .post('/api/deployments/batch')
      .send({ entityRefs });
    expect(res.status).toBe(200);
    expect(listCalls(calls)).toHaveLength(2);
    expect(calls).toHaveLength(2);
    expect(res.body.source).toMatchObject({ kind: 'live', stale: false });
    const byRef = Object.fromEntries(
      res.body.data.items.map((i: any) => [i.entityRef, i]),
    );
    expect(byRef['component:default/checkout-api'].prod).toMatchObject({
      health: 'Progressing',
      instance: 'main',
    });
    expect(byRef['component:default/payments-api'].prod).toMatchObject({
      instance: 'eu',
      imageTag: 'v3.1.0',
    });
    expect(byRef['component:default/no-argo'].error).toMatch(
      /No argocd\/app-selector/,
    );
    expect(byRef['component:default/bad-selector'].error).toBe(
      "argocd/app-selector: Invalid label selector 'tier in (backend': unbalanced parentheses",
    );
    expect(byRef['component:default/svc-3'].error).toBe(
      'No ArgoCD application matches this entity',
    );
  });

  it('asks ArgoCD for its app lists while the catalog read is still on its way', async () => {
    // The catalog answers once both instances' lists were asked for (or after 1 s).
    const catalog = catalogServiceMock({ entities });
    const read = catalog.getEntitiesByRefs.bind(catalog);
    let listsBeforeCatalogAnswered = -1;
    catalog.getEntitiesByRefs = async (...args) => {
      const until = performance.now() + 1_000;
      while (listCalls(calls).length < 2 && performance.now() < until)
        await new Promise(r => setTimeout(r, 5));
      listsBeforeCatalogAnswered = listCalls(calls).length;
      return read(...args);
    };
    const { server: app } = await startTestBackend({
      features: [
        deploymentsPlugin,
        mockServices.rootConfig.factory({ data: liveConfig }),
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
        permissions.factory,
      ],
    });
    const res = await request(app)
      .post('/api/deployments/batch')
      .send({ entityRefs: ['component:default/checkout-api'] });
    expect(res.status).toBe(200);
    expect(listsBeforeCatalogAnswered).toBe(2);
    expect(listCalls(calls)).toHaveLength(2);
    expect(res.body.data.items[0].prod).toMatchObject({ instance: 'main' });
  });

  it("answers 400 naming the entity and the fault for an entity's invalid app-selector", async () => {
    const app = await start(liveConfig);
    const res = await request(app)
      .get('/api/deployments/overview')
      .query({ entityRef: 'component:default/bad-selector' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message:
        "component:default/bad-selector: argocd/app-selector: Invalid label selector 'tier in (backend': unbalanced parentheses",
    });
    expect(calls).toHaveLength(0);
  });

  it('validates input with 400s', async () => {
    const app = await start(liveConfig);
    expect((await request(app).get('/api/deployments/overview')).status).toBe(
      400,
    );
    expect(
      (
        await request(app).get(
          '/api/deployments/overview?entityRef=x&windowDays=500',
        )
      ).status,
    ).toBe(400);
    expect(
      (
        await request(app)
          .post('/api/deployments/batch')
          .send({ entityRefs: [] })
      ).status,
    ).toBe(400);
    const tooMany = Array.from(
      { length: 1001 },
      (_, i) => `component:default/s${i}`,
    );
    expect(
      (
        await request(app)
          .post('/api/deployments/batch')
          .send({ entityRefs: tooMany })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(app).post('/api/deployments/rollback').send({
          entityRef: 'component:default/checkout-api',
          environment: 'prod',
          historyId: 'one',
        })
      ).status,
    ).toBe(400);
    expect(calls).toHaveLength(0);
  });

  it('draws the overview of one entity, with a per-instance error when the other instance is down', async () => {
    server.use(
      ...fakeArgoCd(EU_URL, 'another-token', fixtures.euApps, calls),
      http.get(`${GITHUB}/runs`, () =>
        HttpResponse.json(
          { message: 'API rate limit exceeded' },
          { status: 429 },
        ),
      ),
    );
    const app = await start(liveConfig);
    const res = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(res.status).toBe(200);
    expect(res.body.data.environments.map((e: any) => e.environment)).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
    expect(res.body.data.rollouts).toEqual([
      expect.objectContaining({
        environment: 'prod',
        strategy: 'canary',
        weight: 25,
      }),
    ]);
    expect(res.body.data.errors).toEqual(
      expect.arrayContaining([
        {
          upstream: 'ArgoCD eu',
          message: 'ArgoCD eu rejected our credentials (HTTP 401)',
        },
        {
          upstream: 'CI',
          message:
            'GitHub Actions runway-demo/checkout-api is rate limiting us (HTTP 429)',
        },
      ]),
    );
    // two prod deploys (A then B), one rolled back: CFR 1/2 over the default 30 days
    expect(res.body.data.dora).toMatchObject({
      prodDeploys: 2,
      changeFailureRate: 0.5,
    });
  });

  it('adds the latest GitHub Actions run, read at the wire, to the overview', async () => {
    server.use(
      http.get(`${GITHUB}/runs`, () => HttpResponse.json(runs)),
      http.get(`${GITHUB}/runs/9876543210/jobs`, () => HttpResponse.json(jobs)),
    );
    const app = await start(liveConfig);
    const res = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(res.body.data.latestRun).toMatchObject({
      id: 9876543210,
      status: 'running',
      commit: 'c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0a1b2',
    });
    expect(res.body.data.latestRun.stages.map((st: any) => st.status)).toEqual([
      'success',
      'success',
      'success',
      'success',
      'success',
      'running',
    ]);
    expect(res.body.data.errors).toEqual([]);
  });

  it('refuses sync to a non-owner (403) and never calls ArgoCD', async () => {
    const app = await start(liveConfig);
    const res = await request(app)
      .post('/api/deployments/sync')
      .set('Authorization', mockCredentials.user.header('user:default/dana'))
      .send({
        entityRef: 'component:default/checkout-api',
        environment: 'prod',
      });
    expect(res.status).toBe(403);
    expect(calls.filter(c => c.method === 'POST')).toHaveLength(0);
  });

  it("lets an owner's sync and rollback reach the fake ArgoCD", async () => {
    const app = await start(liveConfig);
    const sync = await request(app)
      .post('/api/deployments/sync')
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send({
        entityRef: 'component:default/checkout-api',
        environment: 'prod',
      });
    expect(sync.status).toBe(202);
    expect(sync.body).toEqual({
      app: 'checkout-api-prod',
      instance: 'main',
      message: 'Sync of checkout-api-prod started',
    });
    const rollback = await request(app)
      .post('/api/deployments/rollback')
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send({
        entityRef: 'component:default/checkout-api',
        environment: 'prod',
        historyId: 0,
      });
    expect(rollback.status).toBe(202);
    expect(
      calls.filter(c => c.method === 'POST').map(c => [c.path, c.auth]),
    ).toEqual([
      ['/api/v1/applications/checkout-api-prod/sync', `Bearer ${TOKENS.main}`],
      [
        '/api/v1/applications/checkout-api-prod/rollback',
        `Bearer ${TOKENS.main}`,
      ],
    ]);
  });

  it.each([
    ['live without any ArgoCD instance', { runway: { dataSource: 'live' } }],
    [
      'deployments.dataSource off',
      { ...liveConfig, deployments: { dataSource: 'off' } },
    ],
  ])('answers a typed 503 naming argocd.instances when %s', async (_, data) => {
    const app = await start(data);
    const res = await request(app)
      .get('/api/deployments/history')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('argocd.instances');
    expect(calls).toHaveLength(0);
  });

  it('serves demo data when only deployments.dataSource says demo', async () => {
    const app = await start({
      ...liveConfig,
      deployments: { dataSource: 'demo' },
    });
    const res = await request(app)
      .get('/api/deployments/history')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.body.source?.kind).toBe('demo');
    expect(calls).toHaveLength(0);
  });

  it('refuses to start with an ArgoCD instance that has no url', async () => {
    await expect(
      start({
        runway: { dataSource: 'live' },
        argocd: { instances: [{ name: 'main', token: 't' }] },
      }),
    ).rejects.toThrow(/url/);
  });
});
