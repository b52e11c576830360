import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  Call,
  EU_URL,
  fakeArgoCd,
  fixtures,
  MAIN_URL,
  TOKENS,
} from '../__testUtils__/fakeArgoCd';
import { checkout, makeSource, payments } from '../__testUtils__/liveSource';

const server = setupServer();
registerMswTestHooks(server);

describe('LiveDeploymentSource when upstreams fail', () => {
  let calls: Call[];
  beforeEach(() => {
    calls = [];
  });
  const bothUp = () =>
    server.use(
      ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
      ...fakeArgoCd(EU_URL, TOKENS.eu, fixtures.euApps, calls),
    );

  it('keeps serving one instance when the other is down, with a per-instance error', async () => {
    server.use(
      ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
      http.get(`${EU_URL}/api/v1/applications`, () => HttpResponse.error()),
    );
    const { byEntity, errors } = await makeSource().list([checkout, payments]);
    expect(byEntity.get(checkout.entityRef)!.environments).toHaveLength(3);
    expect(byEntity.has(payments.entityRef)).toBe(false);
    expect(errors).toEqual([
      {
        upstream: 'ArgoCD eu',
        message: expect.stringContaining('ArgoCD eu is unreachable'),
      },
    ]);
  });

  it.each([
    [
      'malformed JSON',
      () =>
        new HttpResponse('{"items": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
      'ArgoCD eu returned malformed JSON',
    ],
    [
      '401',
      () => HttpResponse.json({ message: 'invalid session' }, { status: 401 }),
      'ArgoCD eu rejected our credentials (HTTP 401)',
    ],
    [
      '429',
      () => HttpResponse.json({ message: 'slow down' }, { status: 429 }),
      'ArgoCD eu is rate limiting us (HTTP 429)',
    ],
    [
      'a wrong shape',
      () => HttpResponse.json({ items: [{ kind: 'nope' }] }),
      'ArgoCD eu returned an unexpected payload',
    ],
  ])(
    'reports %s from one instance without losing the other',
    async (_name, answer, message) => {
      server.use(
        ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
        http.get(`${EU_URL}/api/v1/applications`, answer),
      );
      const { byEntity, errors } = await makeSource().list([
        checkout,
        payments,
      ]);
      expect(byEntity.has(checkout.entityRef)).toBe(true);
      expect(errors).toEqual([
        { upstream: 'ArgoCD eu', message: expect.stringContaining(message) },
      ]);
    },
  );

  it('times out a hanging instance instead of hanging the page', async () => {
    server.use(
      ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
      http.get(`${EU_URL}/api/v1/applications`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const started = Date.now();
    const { errors } = await makeSource({ timeoutMs: 150 }).list([checkout]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors).toEqual([
      {
        upstream: 'ArgoCD eu',
        message: 'ArgoCD eu did not answer within 150 ms',
      },
    ]);
  });

  it('fails with a clear error when every instance is down', async () => {
    server.use(
      http.get(`${MAIN_URL}/api/v1/applications`, () =>
        HttpResponse.json({}, { status: 503 }),
      ),
      http.get(`${EU_URL}/api/v1/applications`, () =>
        HttpResponse.json({}, { status: 502 }),
      ),
    );
    await expect(makeSource().list([checkout])).rejects.toThrow(
      /ArgoCD main failed \(HTTP 503\); ArgoCD eu failed \(HTTP 502\)/,
    );
  });

  it('serves the last good list flagged stale when an instance starts failing', async () => {
    let now = Date.parse('2026-11-20T10:00:00Z');
    const source = makeSource({ clock: () => now });
    bothUp();
    await source.list([checkout]);
    server.use(
      http.get(`${MAIN_URL}/api/v1/applications`, () =>
        HttpResponse.json({}, { status: 500 }),
      ),
    );
    now += 120_000;
    const { source: info, byEntity } = await source.list([checkout]);
    expect(byEntity.get(checkout.entityRef)!.environments).toHaveLength(3);
    expect(info).toMatchObject({
      stale: true,
      fetchedAt: '2026-11-20T10:00:00.000Z',
      error: expect.stringContaining('HTTP 500'),
    });
  });
});
