import { SloClient } from './SloClient';

const discoveryApi = {
  getBaseUrl: async (id: string) => `http://backend/api/${id}`,
};

describe('SloClient', () => {
  it('posts the batch of entity refs', async () => {
    const fetch = jest.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response(JSON.stringify({ source: {}, data: { items: [] } })),
    );
    const client = new SloClient({ discoveryApi, fetchApi: { fetch } as any });
    await expect(client.getBatch(['component:default/a'])).resolves.toEqual({
      source: {},
      data: { items: [] },
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/slo/batch',
      expect.objectContaining({
        method: 'POST',
        body: '{"entityRefs":["component:default/a"]}',
      }),
    );
  });

  it('encodes the entity ref and throws a ResponseError with the status', async () => {
    const fetch = jest.fn(
      async (_url: string) =>
        new Response(
          JSON.stringify({
            error: {
              name: 'ServiceUnavailableError',
              message: 'Prometheus failed (HTTP 503)',
            },
            response: { statusCode: 503 },
          }),
          {
            status: 503,
            headers: { 'Content-Type': 'application/json' },
          },
        ),
    );
    const client = new SloClient({ discoveryApi, fetchApi: { fetch } as any });
    await expect(
      client.getEntitySlos('component:default/a b'),
    ).rejects.toMatchObject({ name: 'ResponseError', statusCode: 503 });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/slo/entity?entityRef=component%3Adefault%2Fa+b',
    );
  });
});
