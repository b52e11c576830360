import { DeploymentsClient } from './DeploymentsClient';

describe('DeploymentsClient', () => {
  const discoveryApi = {
    getBaseUrl: async () => 'http://backend/api/deployments',
  };

  it('posts batch and sync bodies as JSON to the discovered base URL', async () => {
    const fetch = jest.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response('{"ok":true}', { status: 200 }),
    );
    const client = new DeploymentsClient({
      discoveryApi,
      fetchApi: { fetch: fetch as any },
    });
    await client.getSummaries(['component:default/a']);
    await client.rollback('component:default/a', 'prod', 3);
    await client.getOverview('component:default/a');
    expect(fetch.mock.calls[0][0]).toBe('http://backend/api/deployments/batch');
    expect(JSON.parse(fetch.mock.calls[0][1]!.body as string)).toEqual({
      entityRefs: ['component:default/a'],
      windowDays: 30,
    });
    expect(JSON.parse(fetch.mock.calls[1][1]!.body as string)).toEqual({
      entityRef: 'component:default/a',
      environment: 'prod',
      historyId: 3,
    });
    expect(fetch.mock.calls[2][0]).toBe(
      'http://backend/api/deployments/overview?entityRef=component%3Adefault%2Fa&windowDays=30',
    );
  });

  it('throws a ResponseError carrying the backend error', async () => {
    const body = JSON.stringify({
      error: {
        name: 'NotAllowedError',
        message: 'You may not sync or roll back component:default/a',
      },
      response: { statusCode: 403 },
    });
    const fetch = jest.fn(
      async () =>
        new Response(body, {
          status: 403,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const client = new DeploymentsClient({
      discoveryApi,
      fetchApi: { fetch: fetch as any },
    });
    await expect(
      client.sync('component:default/a', 'prod'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { name: 'NotAllowedError' } },
    });
  });
});
