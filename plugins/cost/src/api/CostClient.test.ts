import { CostClient } from './CostClient';

const discoveryApi = { getBaseUrl: async () => 'http://backend/api/cost' };

describe('CostClient', () => {
  it('posts the batch and returns the body', async () => {
    const fetch = jest.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response(JSON.stringify({ source: {}, data: [] }), { status: 200 }),
    );
    const client = new CostClient({ discoveryApi, fetchApi: { fetch } as any });
    await expect(client.getBatch(['component:default/a'])).resolves.toEqual({
      source: {},
      data: [],
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/cost/batch',
      expect.objectContaining({
        method: 'POST',
        body: '{"entityRefs":["component:default/a"]}',
      }),
    );
  });

  it('encodes the ref and throws a ResponseError carrying the status', async () => {
    const fetch = jest.fn(
      async (_url: string) =>
        new Response(
          JSON.stringify({
            error: { name: 'NotAllowedError', message: 'no' },
            response: { statusCode: 403 },
          }),
          {
            status: 403,
            statusText: 'Forbidden',
            headers: { 'Content-Type': 'application/json' },
          },
        ),
    );
    const client = new CostClient({ discoveryApi, fetchApi: { fetch } as any });
    await expect(
      client.getEntityCost('component:default/a b'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 403 });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/cost/entity?entityRef=component%3Adefault%2Fa+b',
    );
  });
});
