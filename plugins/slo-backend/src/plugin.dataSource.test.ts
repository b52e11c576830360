import path from 'path';
import request from 'supertest';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createDemoWorld, serviceEntity } from '@runway/demo-node';
import { localFilesUrlReaderFactory } from '@runway/runway-node';
import { sloPlugin } from './plugin';

const examples = path.resolve(__dirname, '../../../examples');
const world = createDemoWorld();
const checkout = serviceEntity(world.services[0]);
checkout.metadata.annotations = {
  ...checkout.metadata.annotations,
  'backstage.io/managed-by-location': `file:${path.join(
    examples,
    'services',
    world.services[0].name,
    'catalog-info.yaml',
  )}`,
};

/** Live, with ArgoCD and nothing else: no Prometheus and no AWS. */
const liveArgoOnly = {
  runway: { dataSource: 'live', localFiles: { allowedRoots: [examples] } },
  argocd: {
    instances: [
      { name: 'main', url: 'https://argocd.example.com', token: 't' },
    ],
  },
};

async function start(data: object) {
  const logger = mockServices.logger.mock();
  const { server } = await startTestBackend({
    features: [
      sloPlugin,
      localFilesUrlReaderFactory,
      catalogServiceMock.factory({ entities: [checkout] }),
      mockServices.rootConfig.factory({ data }),
      logger.factory,
    ],
  });
  return { server, logger };
}

describe('slo data source per family', () => {
  it('starts in live mode without prometheus.url and answers the typed 503 naming it', async () => {
    const { server, logger } = await start(liveArgoOnly);
    for (const req of [
      request(server)
        .get('/api/slo/entity')
        .query({ entityRef: 'component:default/checkout-api' }),
      request(server)
        .post('/api/slo/batch')
        .send({ entityRefs: ['component:default/checkout-api'] }),
    ]) {
      const res = await req;
      expect(res.status).toBe(503);
      expect(res.body.error).toMatchObject({ name: 'NotConfiguredError' });
      expect(res.body.error.message).toContain('prometheus.url');
    }
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('prometheus.url'),
    );
  });

  it('serves with slo.dataSource: demo while the rest of the app is live without AWS', async () => {
    const { server } = await start({
      ...liveArgoOnly,
      slo: { dataSource: 'demo' },
    });
    const res = await request(server)
      .get('/api/slo/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'demo' });
  });

  it('is off when slo.dataSource says so, even with Prometheus configured', async () => {
    const { server } = await start({
      ...liveArgoOnly,
      prometheus: { url: 'http://prom.test' },
      slo: { dataSource: 'off' },
    });
    const res = await request(server)
      .get('/api/slo/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
  });
});
