import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import bluegreen from './argocd/__fixtures__/resource-rollout-bluegreen.json';
import {
  Call,
  EU_URL,
  fakeArgoCd,
  fixtures,
  listCalls,
  MAIN_URL,
  TOKENS,
} from '../__testUtils__/fakeArgoCd';
import { checkout, makeSource, payments } from '../__testUtils__/liveSource';
import { MAX_REVISION_LOOKUPS } from './LiveDeploymentSource';

const server = setupServer();
registerMswTestHooks(server);

describe('LiveDeploymentSource', () => {
  let calls: Call[];
  beforeEach(() => {
    calls = [];
  });
  const bothUp = () =>
    server.use(
      ...fakeArgoCd(MAIN_URL, TOKENS.main, fixtures.mainApps, calls),
      ...fakeArgoCd(EU_URL, TOKENS.eu, fixtures.euApps, calls),
    );

  it('reads environments and history from status.sync, status.health and status.history', async () => {
    bothUp();
    const { byEntity, source, errors } = await makeSource().list([
      checkout,
      payments,
    ]);
    expect(errors).toEqual([]);
    expect(source).toMatchObject({
      kind: 'live',
      stale: false,
      name: 'argocd:main,eu',
    });
    const mine = byEntity.get(checkout.entityRef)!;
    expect(
      mine.environments.map(e => [
        e.environment,
        e.health,
        e.imageTag,
        e.deployedBy,
      ]),
    ).toEqual([
      ['dev', 'Healthy', 'v1.6.0', 'argocd-auto-sync'],
      ['staging', 'Healthy', 'v1.6.0', 'bruno'],
      ['prod', 'Progressing', 'v1.4.0', 'bruno'],
    ]);
    const prod = mine.history.filter(d => d.environment === 'prod');
    expect(prod.map(d => [d.kind, d.rolledBackAt])).toEqual([
      ['deploy', undefined],
      ['deploy', '2026-11-18T14:35:00Z'],
      ['rollback', undefined],
    ]);
    // the entity pinned to instance "main" never sees eu's apps; payments is found on eu
    expect(byEntity.get(payments.entityRef)!.environments[0]).toMatchObject({
      instance: 'eu',
      app: 'payments-api-prod',
    });
    expect(
      listCalls(calls)
        .map(c => c.auth)
        .sort(),
    ).toEqual([`Bearer ${TOKENS.eu}`, `Bearer ${TOKENS.main}`]);
  });

  it('makes ONE list call per instance for a page of 50 entities, and none on the next page load', async () => {
    bothUp();
    const targets = Array.from({ length: 50 }, (_, i) => ({
      entityRef: `component:default/svc-${i}`,
      selector: `app.kubernetes.io/name=svc-${i}`,
    }));
    const source = makeSource();
    await Promise.all([source.list(targets), source.list(targets)]);
    await source.list(targets);
    expect(
      listCalls(calls)
        .map(c => `${c.auth} ${c.search}`)
        .sort(),
    ).toEqual([
      // No label selector and no `fields`: every whole Application (ArgoCD's `fields`
      // cannot select the history).
      `Bearer ${TOKENS.eu} `,
      `Bearer ${TOKENS.main} `,
    ]);
    expect(calls).toHaveLength(2);
  });

  /** The checkout entity's deployments, to give its details a history of our own. */
  async function withProdDeploys(revisions: string[]) {
    bothUp();
    const source = makeSource();
    const { byEntity } = await source.list([checkout]);
    const current = byEntity.get(checkout.entityRef)!;
    const template = current.history.find(d => d.environment === 'prod')!;
    const history = revisions.map((revision, i) => ({
      ...template,
      id: 100 + i,
      kind: 'deploy' as const,
      revision,
    }));
    return source.details(checkout, { ...current, history });
  }

  it('reads commit times for at most MAX_REVISION_LOOKUPS prod revisions', async () => {
    await withProdDeploys(
      Array.from(
        { length: MAX_REVISION_LOOKUPS + 2 },
        (_, i) => `${'c0ffee'.repeat(6)}${String(i).padStart(4, '0')}`,
      ),
    );
    expect(calls.filter(c => c.path.endsWith('/metadata'))).toHaveLength(
      MAX_REVISION_LOOKUPS,
    );
  });

  it('asks no commit time of a Helm chart version, which ArgoCD cannot resolve', async () => {
    const details = await withProdDeploys(['1.4.2']);
    expect(calls.filter(c => c.path.endsWith('/metadata'))).toHaveLength(0);
    expect(details.errors).toEqual([]);
    expect(details.commitTimes).toEqual({});
  });

  it('reads the canary step and weight of the moving app only, caches it, and reads each revision once', async () => {
    bothUp();
    const source = makeSource();
    const { byEntity } = await source.list([checkout]);
    const details = await source.details(
      checkout,
      byEntity.get(checkout.entityRef)!,
    );
    // only prod is Progressing: dev and staging are Healthy, so their trees are not read
    expect(details.rollouts).toEqual([
      {
        environment: 'prod',
        app: 'checkout-api-prod',
        strategy: 'canary',
        phase: 'Paused',
        step: 4,
        totalSteps: 7,
        weight: 25,
      },
    ]);
    expect(
      calls.filter(c => c.path.includes('/resource')).map(c => c.path),
    ).toEqual([
      '/api/v1/applications/checkout-api-prod/resource-tree',
      '/api/v1/applications/checkout-api-prod/resource',
    ]);
    expect(calls.find(c => c.path.endsWith('/resource'))!.search).toBe(
      '?resourceName=checkout-api&namespace=checkout-api-prod&kind=Rollout&group=argoproj.io&version=v1alpha1&appNamespace=argocd',
    );
    // a second view within the cache window reads nothing again
    const before = calls.length;
    await source.details(checkout, byEntity.get(checkout.entityRef)!);
    expect(calls.length).toBe(before);
    // two distinct prod revisions were deployed (A, B): at most one metadata call each
    expect(calls.filter(c => c.path.endsWith('/metadata'))).toHaveLength(2);
    expect(Object.values(details.commitTimes)).toEqual([
      '2026-11-17T06:00:00Z',
      '2026-11-17T06:00:00Z',
    ]);
  });

  it('reads a blue-green rollout as active and preview hashes', async () => {
    bothUp();
    server.use(
      http.get(`${MAIN_URL}/api/v1/applications/:name/resource`, () =>
        HttpResponse.json(bluegreen),
      ),
    );
    const source = makeSource();
    const { byEntity } = await source.list([checkout]);
    const { rollouts } = await source.details(
      checkout,
      byEntity.get(checkout.entityRef)!,
    );
    expect(rollouts.find(r => r.environment === 'prod')).toEqual({
      environment: 'prod',
      app: 'checkout-api-prod',
      strategy: 'blueGreen',
      phase: 'Paused',
      activeHash: '5d4c3b2a1',
      previewHash: '8e7d6c5b4',
    });
  });

  it('syncs and rolls back through the instance that owns the app, with its token', async () => {
    bothUp();
    const source = makeSource();
    await source.sync(checkout, 'prod');
    await source.rollback(checkout, 'prod', 0);
    await expect(source.rollback(checkout, 'prod', 99)).rejects.toThrow(
      'checkout-api-prod has no history entry 99',
    );
    await expect(source.sync(checkout, 'qa')).rejects.toThrow(
      'No ArgoCD application',
    );
    const posts = calls.filter(c => c.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({
        path: '/api/v1/applications/checkout-api-prod/sync',
        auth: `Bearer ${TOKENS.main}`,
        body: expect.objectContaining({ prune: false, appNamespace: 'argocd' }),
      }),
      expect.objectContaining({
        path: '/api/v1/applications/checkout-api-prod/rollback',
        body: expect.objectContaining({ id: 0 }),
      }),
    ]);
  });
});
