import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { deploymentsPlugin } from './plugin';

async function start(data: object) {
  const { server: app } = await startTestBackend({
    features: [
      deploymentsPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            // as examples/services/checkout-api/catalog-info.yaml annotates it
            metadata: {
              name: 'checkout-api',
              annotations: {
                'argocd/app-selector': 'app.kubernetes.io/name=checkout-api',
                'argocd/instance-name': 'main',
                'github.com/project-slug': 'runway-demo/checkout-api',
              },
            },
            spec: { type: 'service', owner: 'team-checkout' },
          },
        ],
      }),
    ],
  });
  return app;
}

describe('deployments backend (demo world)', () => {
  it('serves three environments, a CI run and DORA for a demo service, badged demo', async () => {
    const app = await start({
      runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } },
    });
    const res = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      kind: 'demo',
      name: 'demo',
      stale: false,
    });
    expect(res.body.data.environments.map((e: any) => e.environment)).toEqual([
      'dev',
      'staging',
      'prod',
    ]);
    expect(res.body.data.latestRun.stages).toHaveLength(6);
    expect(res.body.data.dora.prodDeploys).toBeGreaterThan(3);
    // the story's failed canary falls inside the 30-day window
    expect(res.body.data.dora.changeFailureRate).toBeGreaterThan(0);
    const history = await request(app).get(
      '/api/deployments/history?entityRef=component:default/checkout-api',
    );
    expect(
      history.body.data.history.some(
        (d: any) => d.kind === 'rollback' && d.environment === 'prod',
      ),
    ).toBe(true);
  });
});
