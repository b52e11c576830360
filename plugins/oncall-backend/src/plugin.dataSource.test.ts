import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import request from 'supertest';
import {
  LIVE_ARGOCD_ONLY,
  notConfigured,
  notConfiguredAnswers,
} from '@runway/runway-node';
import { oncallPlugin } from './plugin';
import { component, fakeUrlReader } from './__testUtils__';

const liveArgoOnly = LIVE_ARGOCD_ONLY;

async function start(data: object) {
  const logger = mockServices.logger.mock();
  const { server } = await startTestBackend({
    features: [
      oncallPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({
        entities: [component('checkout-api', 'team-checkout')],
      }),
      createServiceFactory({
        service: coreServices.urlReader,
        deps: {},
        factory: () => fakeUrlReader({}),
      }),
      logger.factory,
    ],
  });
  return { server, logger };
}

describe('oncall data source per family', () => {
  it('starts in live mode without prometheus.url and answers the typed 503 naming it', async () => {
    const { server, logger } = await start(liveArgoOnly);
    expect(
      await notConfiguredAnswers(
        [
          request(server).get('/api/oncall/alerts'),
          request(server)
            .post('/api/oncall/batch')
            .send({ entityRefs: ['component:default/checkout-api'] }),
        ],
        'prometheus.url',
      ),
    ).toEqual([notConfigured, notConfigured]);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('prometheus.url'),
    );
  });

  it('is off when oncall.dataSource says so, even with Prometheus configured', async () => {
    const { server } = await start({
      ...liveArgoOnly,
      prometheus: { url: 'http://prom.test' },
      oncall: { dataSource: 'off' },
    });
    const res = await request(server).get('/api/oncall/alerts');
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
  });

  it('still fails start-up with Alertmanager but no Prometheus for the burn rates', async () => {
    await expect(
      start({
        ...liveArgoOnly,
        oncall: { alertmanager: { url: 'http://am.test' } },
      }),
    ).rejects.toThrow(/prometheus\.url/);
  });
});
