import { registerMswTestHooks } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { SecurityClient } from './SecurityClient';

const base = 'http://localhost:7007/api/security';
const server = setupServer();
registerMswTestHooks(server);

const client = new SecurityClient({
  discoveryApi: { getBaseUrl: async () => base },
  fetchApi: { fetch: (input, init) => fetch(input, init) },
});

describe('SecurityClient', () => {
  it('posts entity refs to the batch endpoint', async () => {
    let body: unknown;
    server.use(
      http.post(`${base}/batch`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({
          source: { kind: 'demo', name: 'demo', stale: false, fetchedAt: 'x' },
          data: { items: [] },
        });
      }),
    );
    const res = await client.getSummaries(['component:default/catalog-api']);
    expect(body).toEqual({ entityRefs: ['component:default/catalog-api'] });
    expect(res.data.items).toEqual([]);
  });

  it('sends suppressions with PUT and accepts 204', async () => {
    let seen: { method: string; body: unknown } | undefined;
    server.use(
      http.put(
        `${base}/findings/:id/suppression`,
        async ({ request, params }) => {
          seen = {
            method: `${request.method} ${params.id}`,
            body: await request.json(),
          };
          return new HttpResponse(null, { status: 204 });
        },
      ),
    );
    await client.suppress('abc', {
      reason: 'not reachable',
      expiresAt: '2026-12-01T00:00:00Z',
    });
    expect(seen).toEqual({
      method: 'PUT abc',
      body: { reason: 'not reachable', expiresAt: '2026-12-01T00:00:00Z' },
    });
  });

  it('throws a ResponseError carrying the backend message', async () => {
    server.use(
      http.get(`${base}/entity`, () =>
        HttpResponse.json(
          {
            error: { name: 'InputError', message: 'entityRef: Required' },
            response: { statusCode: 400 },
          },
          { status: 400 },
        ),
      ),
    );
    const error = await client.getEntity('x').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toBe('entityRef: Required');
  });
});
