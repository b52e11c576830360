import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { passthrough, http } from 'msw';
import { setupServer } from 'msw/node';
import { AddressInfo } from 'net';
import { deploymentsPlugin } from '../plugin';
import {
  Call,
  fakeArgoCd,
  MAIN_URL,
  TOKENS,
} from '../__testUtils__/fakeArgoCd';
import { fleet } from '../__testUtils__/fleet';

// autocannon is a root devDependency (the repo's bench); this file only runs on demand.
// eslint-disable-next-line @backstage/no-undeclared-imports
const autocannon = require('autocannon');

/**
 * p95 at 50 connections of /history and /overview, warm, over 1,500 ArgoCD apps, on the
 * real backend plugin. A measurement, not a test: the package's jest config ignores
 * `*.bench.test.ts`, so the test command never runs it;
 * `yarn workspace @runway/plugin-deployments-backend bench` does. Apps also carry `app.kubernetes.io/name` and entities use plain `k=v`
 * selectors, so code from before the full-list change can be measured the same way.
 */

const server = setupServer(
  http.all('*', ({ request }) =>
    new URL(request.url).hostname === '127.0.0.1' ? passthrough() : undefined,
  ),
);
registerMswTestHooks(server);

const SERVICES = 500;
const ENTITIES = 100;

function p95(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)];
}

async function load(baseUrl: string, path: (i: number) => string) {
  const times: number[] = [];
  let n = 0;
  let errors = 0;
  const instance = autocannon({
    url: baseUrl,
    connections: 50,
    duration: Number(process.env.DEPLOYMENTS_BENCH_SECONDS ?? 10),
    timeout: 30,
    requests: [{ setupRequest: (req: any) => ({ ...req, path: path(n++) }) }],
  });
  instance.on(
    'response',
    (_c: unknown, status: number, _b: number, ms: number) => {
      times.push(ms);
      if (status !== 200) errors++;
    },
  );
  await instance;
  return { requests: times.length, errors, p95: p95(times) };
}

describe('bench: deployments over 1,500 ArgoCD apps', () => {
  jest.setTimeout(180_000);

  it('measures warm p95 at 50 connections', async () => {
    const apps = fleet(SERVICES);
    for (const app of apps.items) {
      app.metadata.labels['app.kubernetes.io/name'] =
        app.metadata.labels.service;
    }
    const calls: Call[] = [];
    server.use(...fakeArgoCd(MAIN_URL, TOKENS.main, apps, calls));
    const entities: Entity[] = Array.from({ length: ENTITIES }, (_, n) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `svc-${n * 5}`,
        annotations: { 'argocd/app-selector': `service=svc-${n * 5}` },
      },
      spec: { type: 'service', owner: 'team', lifecycle: 'production' },
    }));
    const { server: backend } = await startTestBackend({
      features: [
        deploymentsPlugin,
        mockServices.rootConfig.factory({
          data: {
            runway: { dataSource: 'live' },
            argocd: {
              timeoutMs: 30_000,
              instances: [{ name: 'main', url: MAIN_URL, token: TOKENS.main }],
            },
            deployments: { cacheSeconds: 600 },
          },
        }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    const baseUrl = `http://127.0.0.1:${
      (backend.address() as AddressInfo).port
    }`;
    const ref = (i: number) =>
      encodeURIComponent(`component:default/svc-${(i % ENTITIES) * 5}`);
    // warm: the list and every entity's lookups are cached before measuring
    for (let i = 0; i < ENTITIES; i++) {
      await fetch(`${baseUrl}/api/deployments/overview?entityRef=${ref(i)}`);
    }
    const history = await load(
      baseUrl,
      i => `/api/deployments/history?entityRef=${ref(i)}`,
    );
    const overview = await load(
      baseUrl,
      i => `/api/deployments/overview?entityRef=${ref(i)}`,
    );
    // eslint-disable-next-line no-console
    console.log(
      JSON.stringify({
        history,
        overview,
        listCalls: calls.filter(c => c.path === '/api/v1/applications').length,
      }),
    );
    expect(history.errors + overview.errors).toBe(0);
  });
});
