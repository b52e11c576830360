import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { z } from 'zod/v3';
import { serializeError } from '@backstage/errors';
import { fetchJson, UpstreamError } from './fetchJson';

const server = setupServer();
registerMswTestHooks(server);

const url = 'http://upstream.test/api/things';
const options = {
  upstream: 'Things API',
  schema: z.object({ items: z.array(z.string()) }),
  timeoutMs: 200,
};

describe('fetchJson', () => {
  it('returns the validated payload', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: ['a'] })));
    await expect(fetchJson(url, options)).resolves.toEqual({ items: ['a'] });
  });

  it.each([
    [401, 'Things API rejected our credentials (HTTP 401)'],
    [429, 'Things API is rate limiting us (HTTP 429)'],
    [503, 'Things API failed (HTTP 503)'],
  ])('maps HTTP %i to a clear error', async (status, message) => {
    server.use(http.get(url, () => new HttpResponse('nope', { status })));
    const error = await fetchJson(url, options).catch(e => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error.message).toBe(message);
    expect(error.upstreamStatus).toBe(status);
    // Not `status`: Backstage's error handler would answer with the upstream's code.
    expect(error.status).toBeUndefined();
  });

  it('keeps the upstream error body for callers but out of the serialised error', async () => {
    server.use(
      http.get(
        url,
        () => new HttpResponse('internal host db-7.corp', { status: 500 }),
      ),
    );
    const error = await fetchJson(url, options).catch(e => e);
    expect(error.body).toBe('internal host db-7.corp');
    expect(JSON.stringify(serializeError(error))).not.toContain('db-7.corp');
  });

  it('rejects malformed JSON', async () => {
    server.use(
      http.get(url, () => new HttpResponse('{not json', { status: 200 })),
    );
    await expect(fetchJson(url, options)).rejects.toThrow(
      'Things API returned malformed JSON',
    );
  });

  it('rejects a payload of the wrong shape', async () => {
    server.use(http.get(url, () => HttpResponse.json({ items: [1] })));
    await expect(fetchJson(url, options)).rejects.toThrow(
      'Things API returned an unexpected payload (items.0:',
    );
  });

  it('gives up on a hanging upstream after the timeout', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    );
    await expect(fetchJson(url, options)).rejects.toThrow(
      'Things API did not answer within 200 ms',
    );
  });

  it('reports an unreachable upstream', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    await expect(fetchJson(url, options)).rejects.toThrow(
      'Things API is unreachable',
    );
  });
});
