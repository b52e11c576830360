import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import request from 'supertest';
import {
  complianceBatch,
  costBatch,
  flagsBatch,
  qualityBatch,
  deploymentsBatch,
  securityBatch,
  sloBatch,
} from './__fixtures__/families';
import { FAMILY_DEFINITIONS } from './families';
import { scorecardPlugin } from './plugin';
import { selectBatchFields } from '@runway/runway-node';
import {
  FAMILIES,
  Family,
  ScorecardResponse,
} from '@runway/plugin-scorecard-common';

const services = ['checkout-api', 'search-api', 'ledger-api', 'orders-api'].map(
  (name, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'service',
      owner: i % 2 ? 'team-catalog' : 'team-checkout',
      system: 'shop',
      lifecycle: 'production',
    },
  }),
);
const website = {
  ...services[0],
  metadata: { name: 'website', namespace: 'default' },
  spec: { type: 'website', owner: 'team-checkout' },
};

const answers: Record<Family, (refs: string[]) => unknown> = {
  deployments: deploymentsBatch,
  slo: sloBatch,
  security: securityBatch,
  cost: costBatch,
  quality: qualityBatch,
  compliance: complianceBatch,
  flags: flagsBatch,
};

/** Stand-ins for the four family backends: real HTTP, real service-to-service auth. */
function fakeFamily(
  family: Family,
  state: {
    calls: number;
    refs: string[];
    fields?: string[];
    fail?: number;
    errorBody?: unknown;
    answer?: (refs: string[]) => unknown;
  },
) {
  return createBackendPlugin({
    pluginId: family,
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
        },
        async init({ httpRouter, httpAuth }) {
          const router = express.Router();
          router.use(express.json());
          router.post('/batch', async (req, res) => {
            const credentials = await httpAuth.credentials(req, {
              allow: ['service'],
            });
            state.calls++;
            state.refs = req.body.entityRefs;
            state.fields = req.body.fields;
            if (credentials.principal.subject !== 'plugin:scorecard')
              return res.status(403).end();
            if (state.fail)
              return res
                .status(state.fail)
                .json(state.errorBody ?? { error: { message: 'down' } });
            // A custom answer is sent as written; the fixtures go through the families'
            // own field selection, as their batch routes do.
            if (state.answer)
              return res.json(state.answer(req.body.entityRefs));
            return res.json(
              selectBatchFields(
                answers[family](req.body.entityRefs) as any,
                req.body.fields,
              ),
            );
          });
          httpRouter.use(router);
        },
      });
    },
  });
}

type FamilyFake = {
  fail?: number;
  errorBody?: unknown;
  answer?: (refs: string[]) => unknown;
};

async function start(
  fail: Partial<Record<Family, number>> = {},
  extra: any[] = [],
  fakes: Partial<Record<Family, FamilyFake>> = {},
  /** Families whose plugin this backend does not install. */
  absent: Family[] = [],
) {
  const state = Object.fromEntries(
    FAMILIES.filter(f => !absent.includes(f)).map(f => [
      f,
      { calls: 0, refs: [] as string[], fail: fail[f], ...fakes[f] },
    ]),
  ) as Record<
    Family,
    { calls: number; refs: string[]; fields?: string[] } & FamilyFake
  >;
  const { server } = await startTestBackend({
    features: [
      scorecardPlugin,
      catalogServiceMock.factory({ entities: [...services, website] }),
      mockServices.rootConfig.factory({
        data: {
          scorecard: { targets: { criticalVulns: 0, latencyP95Ms: 90 } },
        },
      }),
      ...(Object.keys(state) as Family[]).map(f => fakeFamily(f, state[f])),
      ...extra,
    ],
  });
  return { server, state };
}

describe('GET /api/scorecard/scorecard', () => {
  it('reads each family once, joins every service and serves the next loads from cache', async () => {
    const { server, state } = await start();
    const res = await request(server).get('/api/scorecard/scorecard');
    expect(res.status).toBe(200);
    const body = res.body as ScorecardResponse;
    expect(body.data.services.map(s => s.name)).toEqual([
      'checkout-api',
      'ledger-api',
      'orders-api',
      'search-api',
    ]);
    expect(body.data.targets.latencyP95Ms).toBe(90);
    expect(body.data.families.cost).toMatchObject({
      status: 'ok',
      source: { kind: 'demo' },
    });
    expect(body.source).toMatchObject({ kind: 'demo', stale: false });
    expect(state.slo.refs).toHaveLength(4); // the website is not a service
    // Each family is asked for the fields its definition reads, and only those.
    for (const family of FAMILIES)
      expect(state[family].fields).toEqual(FAMILY_DEFINITIONS[family].fields);
    expect(body.data.teams.map(t => t.ref).sort()).toEqual([
      'group:default/team-catalog',
      'group:default/team-checkout',
    ]);

    await Promise.all(
      [1, 2, 3].map(() =>
        request(server).get('/api/scorecard/scorecard').expect(200),
      ),
    );
    expect(Object.values(state).map(s => s.calls)).toEqual(
      FAMILIES.map(() => 1),
    );
  });

  it('marks a family that is down in its columns and keeps the others', async () => {
    const { server } = await start({ security: 503 });
    const res = await request(server).get('/api/scorecard/scorecard');
    expect(res.status).toBe(200);
    const body = res.body as ScorecardResponse;
    expect(body.data.families.security).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('HTTP 503'),
    });
    expect(body.source.stale).toBe(true);
    expect(body.source.error).toContain('security failed');
    const row = body.data.services.find(s => s.name === 'checkout-api')!;
    expect(row.cells.criticalVulns).toMatchObject({
      value: null,
      status: 'none',
      note: expect.stringContaining('security unavailable'),
    });
    expect(row.cells.availability.status).toBe('red');
    expect(row.cells.monthlyCost.value).toBe(3000);
  });

  it('survives every family failing (5xx, 429, 401) with the service list intact', async () => {
    const { server } = await start({
      deployments: 500,
      slo: 429,
      security: 401,
      cost: 502,
      quality: 500,
      compliance: 504,
      flags: 500,
    });
    const res = await request(server).get('/api/scorecard/scorecard');
    expect(res.status).toBe(200);
    const body = res.body as ScorecardResponse;
    expect(body.data.services).toHaveLength(4);
    expect(Object.values(body.data.families).map(f => f.status)).toEqual(
      FAMILIES.map(() => 'failed'),
    );
    expect(body.data.families.slo.error).toContain('rate limiting');
  });

  it('serves the shared page gzipped with an ETag that answers 304', async () => {
    const { server } = await start();
    const first = await request(server)
      .get('/api/scorecard/scorecard')
      .set('Accept-Encoding', 'gzip');
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect((first.body as ScorecardResponse).data.services).toHaveLength(4);
    const again = await request(server)
      .get('/api/scorecard/scorecard')
      .set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    // Without gzip: the same page as JSON, from the bytes encoded once per refresh.
    const plain = await request(server)
      .get('/api/scorecard/scorecard')
      .set('Accept-Encoding', 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    expect(plain.headers.etag).toBe(first.headers.etag);
    expect(JSON.parse(plain.text)).toEqual(first.body);
  });

  it('blanks the cost of services the viewer does not own when cost.read is conditional', async () => {
    const authorizeConditional = jest.fn(async (requests: unknown[]) =>
      requests.map(() => ({
        result: 'CONDITIONAL',
        pluginId: 'catalog',
        resourceType: 'catalog-entity',
        conditions: {},
      })),
    );
    const { server } = await start({}, [
      mockServices.permissions.mock({
        authorizeConditional: authorizeConditional as any,
      }).factory,
      mockServices.userInfo.mock({
        getUserInfo: async () => ({
          userEntityRef: 'user:default/mock',
          ownershipEntityRefs: ['group:default/team-checkout'],
        }),
      }).factory,
    ]);
    const first = await request(server).get('/api/scorecard/scorecard');
    const body = first.body as ScorecardResponse;
    // The restricted page is cached per page and visibility: the same viewer revalidates.
    expect(first.headers.etag).toBeDefined();
    await request(server)
      .get('/api/scorecard/scorecard')
      .set('If-None-Match', first.headers.etag)
      .expect(304);
    const cost = Object.fromEntries(
      body.data.services.map(s => [s.name, s.cells.monthlyCost.value]),
    );
    expect(cost).toEqual({
      'checkout-api': 3000,
      'ledger-api': 800,
      'orders-api': null,
      'search-api': null,
    });
    // compliance.read is conditional too: the same owners see compliance.
    const compliance = Object.fromEntries(
      body.data.services.map(s => [
        s.name,
        s.cells.compliance.note ?? s.cells.compliance.value,
      ]),
    );
    expect(compliance).toEqual({
      'checkout-api': 0.8,
      'ledger-api': 'never measured: posture not read yet',
      'orders-api': 'compliance is visible to owners and leadership',
      'search-api': 'compliance is visible to owners and leadership',
    });
    expect(authorizeConditional).toHaveBeenCalledWith(
      [
        { permission: expect.objectContaining({ name: 'cost.read' }) },
        { permission: expect.objectContaining({ name: 'compliance.read' }) },
      ],
      expect.anything(),
    );
    // The decision is remembered for a while: a second load does not ask again.
    await request(server).get('/api/scorecard/scorecard').expect(200);
    expect(authorizeConditional).toHaveBeenCalledTimes(1);
  });

  it('rejects unknown query parameters', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/scorecard/scorecard?team=x');
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
  });
});

describe('quality, compliance and flags on the page (#16, #17, #18)', () => {
  it('keeps the page whole when the new families are not installed: grey cells, not stale', async () => {
    const { server } = await start({}, [], {}, [
      'quality',
      'compliance',
      'flags',
    ]);
    const res = await request(server).get('/api/scorecard/scorecard');
    expect(res.status).toBe(200);
    const body = res.body as ScorecardResponse;
    expect(body.data.families.quality).toMatchObject({ status: 'absent' });
    expect(body.source.stale).toBe(false);
    for (const row of body.data.services) {
      expect(row.cells.testCoverage).toMatchObject({
        value: null,
        status: 'none',
        note: 'quality unavailable: not installed in this backend',
      });
      expect(row.cells.staleFlags.status).toBe('none');
      expect(row.cells.availability.value).not.toBeNull();
    }
  });

  it('leaves compliance out when it answers not configured, and judges the others', async () => {
    const message =
      'compliance is not configured: live mode needs aws.accounts';
    const { server } = await start({}, [], {
      compliance: {
        fail: 503,
        errorBody: { error: { name: 'NotConfiguredError', message } },
      },
    });
    const body = (await request(server).get('/api/scorecard/scorecard'))
      .body as ScorecardResponse;
    expect(body.data.families.compliance).toEqual({
      family: 'compliance',
      status: 'off',
      error: message,
    });
    const checkout = body.data.services.find(s => s.name === 'checkout-api')!;
    expect(checkout.cells.backupRpo).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'compliance unavailable: not configured',
    });
    expect(checkout.cells.testCoverage).toMatchObject({
      value: 75,
      status: 'amber',
    });
    expect(checkout.cells.staleFlags).toMatchObject({
      value: 2,
      status: 'amber',
    });
  });
});

describe('families that fail, are off, or have not measured (#12)', () => {
  it("shows a failed family's own error message, not only its HTTP status", async () => {
    const message =
      'Cost data could not be collected yet: Cost Explorer answered 500';
    const { server } = await start({}, [], {
      cost: {
        fail: 503,
        errorBody: { error: { name: 'ServiceUnavailableError', message } },
      },
    });
    const res = await request(server).get('/api/scorecard/scorecard');
    const body = res.body as ScorecardResponse;
    expect(body.data.families.cost.status).toBe('failed');
    expect(body.data.families.cost.error).toContain(message);
    expect(body.source.error).toContain(message);
    const cell = body.data.services[0].cells.monthlyCost;
    expect(cell).toMatchObject({ value: null, status: 'none' });
    expect(cell.note).toContain(message);
  });

  it('leaves an off family out and says which keys to set', async () => {
    const message =
      'cost is not configured: live mode needs cost.aws.accountId (or set cost.dataSource)';
    const { server } = await start({}, [], {
      cost: {
        fail: 503,
        errorBody: { error: { name: 'NotConfiguredError', message } },
      },
    });
    const res = await request(server).get('/api/scorecard/scorecard');
    expect(res.status).toBe(200);
    const body = res.body as ScorecardResponse;
    expect(body.data.families.cost).toEqual({
      family: 'cost',
      status: 'off',
      error: message,
    });
    // Off is configuration, not trouble: the other families still speak for the page.
    expect(body.source.stale).toBe(false);
    for (const row of body.data.services) {
      expect(row.cells.monthlyCost).toMatchObject({
        value: null,
        status: 'none',
      });
      expect(row.cells.monthlyCost.note).toContain('not configured');
      expect(row.cells.criticalVulns.value).not.toBeNull();
    }
  });

  it('reads a never-scanned or failed-scan service as no data, never as a passing 0', async () => {
    const { server } = await start({}, [], {
      security: {
        answer: refs => {
          const batch = securityBatch(refs);
          batch.data.items = batch.data.items.map(item => {
            const open = { ...item.open, critical: 0, high: 0 };
            if (item.entityRef.endsWith('/checkout-api'))
              return { ...item, open, scan: { state: 'never' as const } };
            if (item.entityRef.endsWith('/ledger-api'))
              return {
                ...item,
                open,
                scan: {
                  state: 'failed' as const,
                  at: '2026-12-01T10:00:00Z',
                  error: 'Inspector answered 500',
                },
              };
            return { ...item, open, scan: { state: 'ok' as const, at: 'x' } };
          });
          return batch;
        },
      },
    });
    const res = await request(server).get('/api/scorecard/scorecard');
    const body = res.body as ScorecardResponse;
    const row = (name: string) =>
      body.data.services.find(s => s.name === name)!;
    expect(row('checkout-api').cells.criticalVulns).toMatchObject({
      value: null,
      status: 'none',
    });
    expect(row('checkout-api').cells.criticalVulns.note).toMatch(
      /never scanned/,
    );
    expect(row('ledger-api').cells.criticalVulns).toMatchObject({
      value: null,
      status: 'none',
    });
    expect(row('ledger-api').cells.criticalVulns.note).toContain(
      'Inspector answered 500',
    );
    expect(row('search-api').cells.criticalVulns).toMatchObject({
      value: 0,
      status: 'green',
    });
    // Team rollups count only measured cells as green: team-checkout has checkout-api
    // (never scanned) and ledger-api (failed), so nothing of theirs in security is green.
    const team = body.data.teams.find(
      t => t.ref === 'group:default/team-checkout',
    )!;
    expect(team.cells.criticalVulns).toMatchObject({
      value: null,
      status: 'none',
    });
  });
});
