import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { demoPagerDutyServiceId } from '@runway/demo-node';
import { oncallPlugin } from '@runway/plugin-oncall-backend';
import request from 'supertest';
import { deploymentsPlugin } from './plugin';

const service = (name: string, owner: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'argocd/app-selector': `app.kubernetes.io/name=${name}`,
      'pagerduty.com/service-id': demoPagerDutyServiceId(name),
    },
  },
  spec: { type: 'service', owner },
});

// The demo world's story: checkout-api's canary failed, paged at +10 min, was rolled back
// at +35 min and its incident resolved at +38 min; cart-api has no incident.
const entities = [
  service('checkout-api', 'team-checkout'),
  service('cart-api', 'team-checkout'),
];

async function start(features: any[] = []) {
  const { server: app } = await startTestBackend({
    features: [
      deploymentsPlugin,
      ...features,
      mockServices.rootConfig.factory({
        data: { runway: { dataSource: 'demo', demo: { seed: 42, size: 12 } } },
      }),
      catalogServiceMock.factory({ entities }),
    ],
  });
  return app;
}

const refs = ['component:default/checkout-api', 'component:default/cart-api'];

describe('DORA from incidents (demo world)', () => {
  it('times restore from the story incident and the rollback from its sync', async () => {
    const app = await start([oncallPlugin]);
    const res = await request(app)
      .post('/api/deployments/batch')
      .send({ entityRefs: refs });
    expect(res.status).toBe(200);
    const [checkout, cart] = res.body.data.items;
    expect(checkout.dora.timeToRestoreMinutes).toBeCloseTo(28, 5);
    expect(checkout.dora.rollbackMinutes).toBeCloseTo(35, 5);
    expect(checkout.dora.computedFrom).toMatchObject({
      changeFailureRate: 'incidents',
      timeToRestore: 'incidents',
      rollbackTime: 'deploys',
    });
    // No incident, no rollback: no data, never zero.
    expect(cart.dora.timeToRestoreMinutes).toBeNull();
    expect(cart.dora.rollbackMinutes).toBeNull();
    expect(cart.dora.computedFrom.timeToRestore).toBe('none');
  });

  it('falls back to paging alerts, saying why, when the on-call backend is absent', async () => {
    const app = await start();
    const res = await request(app).get(
      '/api/deployments/overview?entityRef=component:default/checkout-api',
    );
    expect(res.status).toBe(200);
    const { dora } = res.body.data;
    expect(dora.computedFrom.changeFailureRate).toBe('alerts');
    expect(dora.computedFrom.timeToRestore).toBe('deploys');
    expect(dora.computedFrom.note).toMatch(/no incident data \(.*on-call/);
    expect(dora.computedFrom.flagChanges).toBe(false);
    expect(dora.rollbackMinutes).toBeCloseTo(35, 5);
  });
});
