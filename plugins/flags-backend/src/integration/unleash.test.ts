import request from 'supertest';
import { z } from 'zod/v3';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import {
  EntityFlagsResponse,
  FlagChangesBatchResponse,
  FlagsSummariesResponse,
} from '@runway/plugin-flags-common';
import { flagsPlugin } from '../plugin';
import {
  ADMIN_TOKEN,
  RealUnleash,
  startRealUnleash,
} from '../__testUtils__/realUnleash';

// Runway's live source against a real unleash-server 8.2 on loopback: the flags, the gradual
// rollout and the changes are made through Unleash's Admin API, then read back through
// Runway's routes. Unleash OSS has one project (`default`) and two environments
// (`development`, `production`); creating projects and environments is an Enterprise API
// (404 here), so the services share `default` and are told apart by their feature prefix.
const SERVER_URL =
  process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

// The Admin API's write answers this test relies on: a change of shape fails it here.
const featureCreated = z.object({
  name: z.string(),
  project: z.literal('default'),
  type: z.string(),
  stale: z.boolean(),
});
const strategy = z.object({
  id: z.string(),
  name: z.literal('flexibleRollout'),
  parameters: z.object({ rollout: z.string(), stickiness: z.string() }),
});

jest.setTimeout(180_000);

let unleash: RealUnleash;

async function adminCall<T>(
  method: string,
  path: string,
  body?: unknown,
  schema?: z.ZodType<T>,
): Promise<T> {
  const res = await fetch(`${unleash.baseUrl}${path}`, {
    method,
    headers: {
      Authorization: ADMIN_TOKEN,
      'Content-Type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) {
    throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  }
  const text = await res.text();
  return schema ? schema.parse(JSON.parse(text)) : (undefined as T);
}

const P = '/api/admin/projects/default/features';

beforeAll(async () => {
  if (!SERVER_URL) {
    throw new Error(
      'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is not set: this test runs ' +
        'unleash-server on the test PostgreSQL (scripts/postgres.sh starts one)',
    );
  }
  unleash = await startRealUnleash(SERVER_URL);
  // eslint-disable-next-line no-console
  console.log(`unleash-server 8.2 started in ${unleash.startMs} ms`);

  const flow = 'checkout-api.new-payment-flow';
  await adminCall('POST', P, { name: flow, type: 'release' }, featureCreated);
  const added = await adminCall(
    'POST',
    `${P}/${flow}/environments/production/strategies`,
    {
      name: 'flexibleRollout',
      parameters: { rollout: '10', stickiness: 'default', groupId: flow },
    },
    strategy,
  );
  await adminCall('POST', `${P}/${flow}/environments/production/on`);
  await adminCall(
    'PUT',
    `${P}/${flow}/environments/production/strategies/${added.id}`,
    {
      name: 'flexibleRollout',
      parameters: { rollout: '25', stickiness: 'default', groupId: flow },
    },
    strategy,
  );
  const banner = 'checkout-api.old-banner';
  await adminCall('POST', P, { name: banner, type: 'release' }, featureCreated);
  await adminCall(
    'POST',
    `${P}/${banner}/environments/development/strategies`,
    {
      name: 'default',
    },
  );
  await adminCall('POST', `${P}/${banner}/environments/development/on`);
  await adminCall('POST', '/api/admin/projects/default/stale', {
    features: [banner],
    stale: true,
  });
  await adminCall(
    'POST',
    P,
    { name: 'cart-api.search-v2', type: 'experiment' },
    featureCreated,
  );
});

afterAll(async () => {
  await unleash?.stop();
});

const service = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'unleash.io/project': 'default',
      'unleash.io/feature-prefix': `${name}.`,
    },
  },
  spec: { type: 'service', owner: 'group:default/payments' },
});

async function runway(apiToken = ADMIN_TOKEN) {
  const { server } = await startTestBackend({
    features: [
      flagsPlugin,
      catalogServiceMock.factory({
        entities: [service('checkout-api'), service('cart-api')],
      }),
      mockServices.rootConfig.factory({
        data: {
          runway: { dataSource: 'live' },
          flags: { unleash: { baseUrl: unleash.baseUrl, apiToken } },
        },
      }),
    ],
  });
  return server;
}

describe('flags against a real unleash-server', () => {
  it('reads back the flags, the gradual rollout, the stale flag and the changes', async () => {
    const server = await runway();
    const res = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(200);
    const { source, data } = res.body as EntityFlagsResponse;
    expect(source).toMatchObject({ kind: 'live', stale: false });
    expect(data.flags.map(f => f.name).sort()).toEqual([
      'checkout-api.new-payment-flow',
      'checkout-api.old-banner',
    ]);
    const flow = data.flags.find(f => f.name.endsWith('new-payment-flow'))!;
    expect(flow.environments).toEqual([
      expect.objectContaining({
        environment: 'development',
        enabled: false,
        rolloutPct: null,
      }),
      {
        environment: 'production',
        enabled: true,
        rolloutPct: 25,
        strategies: ['flexibleRollout'],
      },
    ]);
    expect(data.flags.find(f => f.name.endsWith('old-banner'))!.stale).toBe(
      true,
    );
    const flowChanges = data.changes
      .filter(c => c.flag === flow.name)
      .map(c => c.summary);
    expect(flowChanges).toEqual([
      'rollout 10 % → 25 % in production',
      'enabled in production',
      'flexibleRollout added in production at 10 %',
      'created',
    ]);
    expect(data.changes.every(c => c.flag.startsWith('checkout-api.'))).toBe(
      true,
    );
    expect(data.summary).toMatchObject({
      total: 2,
      stale: 1,
      state: { state: 'ok' },
    });
  });

  it('batches services of one project into one project read', async () => {
    const server = await runway();
    const res = await request(server)
      .post('/api/flags/batch')
      .send({
        entityRefs: [
          'component:default/checkout-api',
          'component:default/cart-api',
        ],
      });
    expect(res.status).toBe(200);
    const items = (res.body as FlagsSummariesResponse).data.items;
    expect(items.map(i => [i.entityRef, i.total, i.stale])).toEqual([
      ['component:default/checkout-api', 2, 1],
      ['component:default/cart-api', 1, 0],
    ]);
  });

  it("answers the batch's flag change times as the entity view reads them", async () => {
    const server = await runway();
    const res = await request(server)
      .post('/api/flags/changes/batch')
      .send({
        entityRefs: [
          'component:default/cart-api',
          'component:default/checkout-api',
        ],
      });
    expect(res.status).toBe(200);
    const [cart, checkout] = (res.body as FlagChangesBatchResponse).data.items;
    expect(cart).toMatchObject({
      entityRef: 'component:default/cart-api',
      changes: [
        expect.objectContaining({
          flag: 'cart-api.search-v2',
          type: 'feature-created',
        }),
      ],
    });
    const flow = checkout.changes!.filter(c => c.flag.endsWith('payment-flow'));
    expect(flow.map(c => c.environment)).toEqual([
      'production',
      'production',
      'production',
      null,
    ]);
    const entity = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(checkout.changes!.map(c => c.createdAt)).toEqual(
      (entity.body as EntityFlagsResponse).data.changes.map(c => c.createdAt),
    );
  });

  it('says Unleash rejected a wrong token', async () => {
    const server = await runway('*:*.not-a-token');
    const res = await request(server)
      .get('/api/flags/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toBe(
      'Unleash rejected our credentials (HTTP 401)',
    );
  });
});
