import {
  registerMswTestHooks,
  mockServices,
} from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  complianceBatch,
  flagsBatch,
  qualityBatch,
} from '../__fixtures__/families';
import { FamilyClient } from './FamilyClient';
import { FAMILY_DEFINITIONS } from '../families';
import { selectBatchFields } from '@runway/runway-node';

const server = setupServer();
registerMswTestHooks(server);

const source = {
  kind: 'demo',
  name: 'demo',
  stale: false,
  fetchedAt: '2026-11-22T00:00:00Z',
};

function client() {
  return new FamilyClient({
    discovery: mockServices.discovery.mock({
      getBaseUrl: async id => `http://backend.test/api/${id}`,
    }),
    auth: mockServices.auth(),
    timeoutMs: 1000,
  });
}

describe('FamilyClient', () => {
  it('asks nothing when there are no services', async () => {
    const families = client();
    const answer = await families.read('cost', []);
    expect(answer.items).toEqual([]);
  });

  it('splits more than 1000 services into batches of at most 1000', async () => {
    const sizes: number[] = [];
    server.use(
      http.post('http://backend.test/api/cost/batch', async ({ request }) => {
        const { entityRefs } = (await request.json()) as {
          entityRefs: string[];
        };
        sizes.push(entityRefs.length);
        return HttpResponse.json({
          source,
          data: {
            items: entityRefs.map(entityRef => ({ entityRef, status: 'ok' })),
          },
        });
      }),
    );
    const refs = Array.from(
      { length: 1001 },
      (_, i) => `component:default/s${i}`,
    );
    const families = client();
    const answer = await families.read('cost', refs);
    expect(sizes.sort((a, b) => b - a)).toEqual([1000, 1]);
    expect(answer.items).toHaveLength(1001);
  });
});

describe('FamilyClient errors and batch shapes (#12)', () => {
  const refs = ['component:default/a'];

  it("carries the family's own error message, not only the HTTP status", async () => {
    server.use(
      http.post('http://backend.test/api/cost/batch', () =>
        HttpResponse.json(
          {
            error: {
              name: 'ServiceUnavailableError',
              message:
                'Cost data could not be collected yet: Cost Explorer answered 500',
            },
          },
          { status: 503 },
        ),
      ),
    );
    await expect(client().read('cost', refs)).rejects.toThrow(
      'the cost service failed (HTTP 503): Cost data could not be collected yet: Cost Explorer answered 500',
    );
  });

  it('turns a NotConfiguredError answer into a NotConfiguredError with its message', async () => {
    server.use(
      http.post('http://backend.test/api/security/batch', () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotConfiguredError',
              message:
                'security is not configured: live mode needs aws.accounts',
            },
          },
          { status: 503 },
        ),
      ),
    );
    await expect(client().read('security', refs)).rejects.toMatchObject({
      name: 'NotConfiguredError',
      message: 'security is not configured: live mode needs aws.accounts',
    });
  });

  it('keeps the status line when the error body is not a Backstage error', async () => {
    server.use(
      http.post('http://backend.test/api/slo/batch', () =>
        HttpResponse.text('<html>bad gateway</html>', { status: 502 }),
      ),
    );
    await expect(client().read('slo', refs)).rejects.toThrow(
      'the slo service failed (HTTP 502)',
    );
  });

  it('reads cost as { items }, like every family, and refuses a bare array', async () => {
    const item = { entityRef: refs[0], status: 'untracked' };
    server.use(
      http.post('http://backend.test/api/cost/batch', () =>
        HttpResponse.json({ source, data: { items: [item] } }),
      ),
    );
    expect((await client().read('cost', refs)).items).toEqual([item]);
    server.use(
      http.post('http://backend.test/api/cost/batch', () =>
        HttpResponse.json({ source, data: [item] }),
      ),
    );
    await expect(client().read('cost', refs)).rejects.toThrow(
      /the cost service/,
    );
  });
});

describe('FamilyClient reads the quality, compliance and flags batches (#16, #17, #18)', () => {
  const refs = ['component:default/checkout-api', 'component:default/new-api'];

  it.each([
    ['quality', qualityBatch],
    ['compliance', complianceBatch],
    ['flags', flagsBatch],
  ] as const)(
    'posts the refs once to /api/%s/batch and reads its items',
    async (family, batch) => {
      const bodies: unknown[] = [];
      server.use(
        http.post(
          `http://backend.test/api/${family}/batch`,
          async ({ request }) => {
            const body = (await request.json()) as { fields?: string[] };
            bodies.push(body);
            // Answered as the family's route answers: only the fields asked for.
            return HttpResponse.json(
              selectBatchFields(batch(refs) as any, body.fields),
            );
          },
        ),
      );
      const families = client();
      const answer = await families.read(family, refs);
      const { fields } = FAMILY_DEFINITIONS[family];
      expect(bodies).toEqual([{ entityRefs: refs, fields }]);
      expect(answer.items).toEqual(
        selectBatchFields(batch(refs) as any, fields).data.items,
      );
    },
  );

  it.each(['quality', 'compliance', 'flags'] as const)(
    'says %s is absent when its batch route answers 404',
    async family => {
      server.use(
        http.post(`http://backend.test/api/${family}/batch`, () =>
          HttpResponse.json(
            { error: { name: 'NotFoundError', message: 'Not found' } },
            { status: 404 },
          ),
        ),
      );
      await expect(client().read(family, refs)).rejects.toMatchObject({
        name: 'FamilyAbsentError',
        message: `the ${family} service is not served by this backend (HTTP 404)`,
      });
    },
  );

  it('refuses a compliance item without its failing controls', async () => {
    const body = complianceBatch(refs);
    const { failing, ...withoutFailing } = body.data.items[0];
    server.use(
      http.post('http://backend.test/api/compliance/batch', () =>
        HttpResponse.json({ ...body, data: { items: [withoutFailing] } }),
      ),
    );
    expect(failing).toHaveLength(2);
    await expect(client().read('compliance', refs)).rejects.toThrow(
      /the compliance service/,
    );
  });
});
