import {
  registerMswTestHooks,
  mockServices,
} from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FamilyClient } from './FamilyClient';

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
    expect(families.calls.cost).toBe(0);
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
          data: entityRefs.map(entityRef => ({ entityRef, status: 'ok' })),
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
    expect(families.calls.cost).toBe(2);
  });
});
