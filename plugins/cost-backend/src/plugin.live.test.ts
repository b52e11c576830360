import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { GetCostAndUsageCommand } from '@aws-sdk/client-cost-explorer';
import request from 'supertest';
import { costPlugin } from './plugin';
import { fakeCostExplorer } from './__testUtils__/fakeCostExplorer';

jest.setTimeout(60_000);

const liveWithoutAws = {
  runway: { dataSource: 'live' },
  argocd: {
    instances: [
      { name: 'main', url: 'https://argocd.example.com', token: 't' },
    ],
  },
  prometheus: { url: 'http://prometheus.example.com' },
};

const boss = {
  Authorization: mockCredentials.user.header('user:default/boss'),
};

async function start(data: object) {
  const logger = mockServices.logger.mock();
  const { server } = await startTestBackend({
    features: [
      costPlugin,
      mockServices.rootConfig.factory({ data }),
      mockServices.rootLogger.factory(),
      catalogServiceMock.factory({ entities: [] }),
      logger.factory,
    ],
  });
  return { server, logger };
}

describe('cost backend in live mode', () => {
  it('starts without cost.aws, every route answering the typed 503 naming cost.aws.accountId', async () => {
    const { server, logger } = await start(liveWithoutAws);
    for (const req of [
      request(server).get('/api/cost/entity?entityRef=component:default/a'),
      request(server)
        .post('/api/cost/batch')
        .send({ entityRefs: ['component:default/a'] }),
      request(server).get('/api/cost/team?teamRef=group:default/a'),
    ]) {
      const res = await req.set(boss);
      expect(res.status).toBe(503);
      expect(res.body.error.name).toBe('NotConfiguredError');
      expect(res.body.error.message).toContain('cost.aws.accountId');
    }
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('cost.aws.accountId'),
    );
  });

  it('is off when cost.dataSource says so, even with cost.aws present', async () => {
    const { server } = await start({
      ...liveWithoutAws,
      cost: { dataSource: 'off', aws: { accountId: '123456789012' } },
    });
    const res = await request(server)
      .post('/api/cost/batch')
      .set(boss)
      .send({ entityRefs: ['component:default/a'] });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
  });

  it('still fails start-up when cost.aws is present but has no account id', async () => {
    await expect(
      start({ ...liveWithoutAws, cost: { aws: { amortized: true } } }),
    ).rejects.toThrow(/cost\.aws\.accountId/);
  });

  describe('with cost.aws and a failing Cost Explorer', () => {
    it("answers batch and entity with the family's own reason, without Prometheus", async () => {
      const fake = fakeCostExplorer(3);
      fake.ce.on(GetCostAndUsageCommand).rejects(
        Object.assign(new Error('User: arn:aws:iam::1:x'), {
          name: 'AccessDeniedException',
        }),
      );
      const { prometheus: _prometheus, ...withoutPrometheus } = liveWithoutAws;
      const { server } = await start({
        ...withoutPrometheus,
        // Static credentials for the account: nothing wanders off to instance metadata.
        aws: {
          accounts: [
            {
              accountId: '123456789012',
              accessKeyId: 'test',
              secretAccessKey: 'test',
            },
          ],
        },
        cost: { aws: { accountId: '123456789012' } },
      });
      let res;
      for (let i = 0; i < 100; i++) {
        res = await request(server)
          .post('/api/cost/batch')
          .set(boss)
          .send({ entityRefs: ['component:default/a'] });
        if (/could not be collected/.test(res.body.error?.message ?? '')) break;
        await new Promise(r => setTimeout(r, 100));
      }
      expect(res!.status).toBe(503);
      expect(res!.body.error.message).toMatch(
        /^Cost data could not be collected yet: AWS Cost Explorer GetCostAndUsage was denied/,
      );
      expect(res!.body.error.message).not.toContain('arn:aws');
      const entity = await request(server)
        .get('/api/cost/entity?entityRef=component:default/a')
        .set(boss);
      expect(entity.body.error.message).toBe(res!.body.error.message);
      fake.ce.restore();
      fake.budgets.restore();
    });
  });
});
