import { ResponseError } from '@backstage/errors';
import { NOT_CONFIGURED_ERROR_NAME } from '@runway/runway-common';
import { notConfiguredMessage } from '../FamilyErrorPanel';
import { PluginBackendClient } from './PluginBackendClient';

/** A fetchApi that answers `reply` and keeps each call as the Request a server would see. */
function fakeBackend(reply: () => Response) {
  const requests: Request[] = [];
  const discovered: string[] = [];
  const client = new PluginBackendClient('cost', {
    discoveryApi: {
      getBaseUrl: async pluginId => {
        discovered.push(pluginId);
        return `http://backend.test/api/${pluginId}`;
      },
    },
    fetchApi: {
      fetch: async (input, init) => {
        requests.push(new Request(input, init));
        return reply();
      },
    },
  });
  return { client, requests, discovered };
}

/** The ResponseError a call fails with; a call that succeeds fails the test. */
const failure = (call: Promise<unknown>): Promise<ResponseError> =>
  call.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: ResponseError) => error,
  );

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('PluginBackendClient', () => {
  it('GETs from the base URL discovered for its plugin and returns the JSON body', async () => {
    const { client, requests, discovered } = fakeBackend(() =>
      json({ items: [1] }),
    );
    await expect(client.get('/entity')).resolves.toEqual({ items: [1] });
    expect(discovered).toEqual(['cost']);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe('http://backend.test/api/cost/entity');
    expect(requests[0].headers.get('Content-Type')).toBeNull();
  });

  it('encodes the query, repeats a key per array value and leaves undefined out', async () => {
    const { client, requests } = fakeBackend(() => json({}));
    await client.get('/alerts', {
      entityRef: 'component:default/a b',
      owner: ['group:default/team-a', 'group:default/team-b'],
      windowDays: 30,
      team: undefined,
      empty: [],
    });
    const url = new URL(requests[0].url);
    expect(url.pathname).toBe('/api/cost/alerts');
    expect(url.searchParams.get('entityRef')).toBe('component:default/a b');
    expect(url.searchParams.getAll('owner')).toEqual([
      'group:default/team-a',
      'group:default/team-b',
    ]);
    expect(url.searchParams.get('windowDays')).toBe('30');
    expect(url.searchParams.has('team')).toBe(false);
    expect(url.searchParams.has('empty')).toBe(false);
    expect(url.search).toBe(
      '?entityRef=component%3Adefault%2Fa+b&owner=group%3Adefault%2Fteam-a&owner=group%3Adefault%2Fteam-b&windowDays=30',
    );
  });

  it('sends no question mark when the query is empty', async () => {
    const { client, requests } = fakeBackend(() => json({}));
    await client.get('/all', { team: undefined });
    expect(requests[0].url).toBe('http://backend.test/api/cost/all');
  });

  it('POSTs and PUTs bodies as JSON', async () => {
    const { client, requests } = fakeBackend(() => json({ ok: true }));
    await expect(
      client.post('/batch', { entityRefs: ['component:default/a'] }),
    ).resolves.toEqual({ ok: true });
    await client.put('/findings/x%2Fy/suppression', { reason: 'r' });
    expect(requests.map(r => r.method)).toEqual(['POST', 'PUT']);
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    await expect(requests[0].json()).resolves.toEqual({
      entityRefs: ['component:default/a'],
    });
    expect(requests[1].url).toBe(
      'http://backend.test/api/cost/findings/x%2Fy/suppression',
    );
    await expect(requests[1].json()).resolves.toEqual({ reason: 'r' });
  });

  it('answers undefined for a 204 without reading a body', async () => {
    const { client, requests } = fakeBackend(
      () => new Response(null, { status: 204 }),
    );
    await expect(client.delete('/findings/a/suppression')).resolves.toBe(
      undefined,
    );
    expect(requests[0].method).toBe('DELETE');
    expect(requests[0].headers.get('Content-Type')).toBeNull();
  });

  it('throws a ResponseError carrying the status and the backend error', async () => {
    const { client } = fakeBackend(() =>
      json(
        {
          error: { name: 'InputError', message: 'entityRef: Required' },
          response: { statusCode: 400 },
        },
        400,
      ),
    );
    const error = await failure(client.get('/entity'));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error).toMatchObject({
      name: 'InputError',
      message: 'entityRef: Required',
    });
  });

  it('keeps the typed not-configured 503 readable by FamilyErrorPanel', async () => {
    const { client } = fakeBackend(() =>
      json(
        {
          error: {
            name: NOT_CONFIGURED_ERROR_NAME,
            message: 'Set cost.aws.region to read AWS Cost Explorer',
          },
          response: { statusCode: 503 },
        },
        503,
      ),
    );
    const error = await failure(client.get('/entity'));
    expect(error.statusCode).toBe(503);
    expect(notConfiguredMessage(error)).toBe(
      'Set cost.aws.region to read AWS Cost Explorer',
    );
  });

  it('throws a ResponseError for a non-JSON failure (a proxy page)', async () => {
    const { client } = fakeBackend(
      () =>
        new Response('<html>Bad Gateway</html>', {
          status: 502,
          statusText: 'Bad Gateway',
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const error = await failure(client.post('/batch', {}));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
    expect(notConfiguredMessage(error)).toBeUndefined();
  });
});
