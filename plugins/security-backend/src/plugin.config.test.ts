import request from 'supertest';
import { startSecurityBackend } from './__testUtils__/backend';

jest.setTimeout(30_000);

const scheduled = (
  scheduler: Awaited<ReturnType<typeof startSecurityBackend>>['scheduler'],
) =>
  scheduler.scheduleTask.mock.calls
    .map(([t]) => t)
    .find(t => t.id === 'security-refresh');

describe('security data source and schedule config', () => {
  it('is off in live mode without security.aws: typed 503 naming the keys, nothing scheduled', async () => {
    const { server, scheduler } = await startSecurityBackend({
      mockAuth: true,
      config: { runway: { dataSource: 'live' } },
    });
    expect(scheduled(scheduler)).toBeUndefined();
    for (const res of [
      await request(server).get(
        '/api/security/entity?entityRef=component:default/catalog-api',
      ),
      await request(server)
        .post('/api/security/batch')
        .send({ entityRefs: ['component:default/catalog-api'] }),
      await request(server).get('/api/security/overview'),
    ]) {
      expect(res.status).toBe(503);
      expect(res.body.error.name).toBe('NotConfiguredError');
      expect(res.body.error.message).toContain('security.aws.region');
    }
  });

  it('is off when security.dataSource says so, whatever runway.dataSource is', async () => {
    const { server, scheduler } = await startSecurityBackend({
      mockAuth: true,
      config: {
        runway: { dataSource: 'demo' },
        security: { dataSource: 'off' },
      },
    });
    expect(scheduled(scheduler)).toBeUndefined();
    expect((await request(server).get('/api/security/overview')).status).toBe(
      503,
    );
  });

  it('stops the backend when security.aws is present but wrong', async () => {
    await expect(
      startSecurityBackend({
        mockAuth: true,
        config: {
          runway: { dataSource: 'live' },
          security: { aws: { accountId: '123456789012' } },
        },
      }),
    ).rejects.toThrow(/security\.aws\.region|region/);
    await expect(
      startSecurityBackend({
        mockAuth: true,
        config: {
          runway: { dataSource: 'live' },
          security: { aws: { region: 'eu-west-1', endpoint: 'not a url' } },
        },
      }),
    ).rejects.toThrow(/security\.aws\.endpoint/);
  });

  it('runs live with security.aws, scheduling the refresh', async () => {
    const { scheduler } = await startSecurityBackend({
      mockAuth: true,
      config: {
        runway: { dataSource: 'live' },
        security: {
          aws: { region: 'eu-west-1', endpoint: 'http://127.0.0.1:1' },
        },
      },
    });
    expect(scheduled(scheduler)).toMatchObject({
      frequency: { minutes: 60 },
      timeout: { minutes: 10 },
      initialDelay: { seconds: 60 },
    });
  });

  it('defaults to hourly with a 10 minute timeout', async () => {
    const { scheduler } = await startSecurityBackend({ mockAuth: true });
    expect(scheduled(scheduler)).toMatchObject({
      frequency: { minutes: 60 },
      timeout: { minutes: 10 },
    });
  });

  it('reads security.schedule with Backstage schedule config', async () => {
    const { scheduler } = await startSecurityBackend({
      mockAuth: true,
      config: {
        security: {
          schedule: {
            frequency: { cron: '*/30 * * * *' },
            timeout: 'PT5M',
            initialDelay: { seconds: 1 },
          },
        },
      },
    });
    expect(scheduled(scheduler)).toMatchObject({
      frequency: { cron: '*/30 * * * *' },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 1 },
    });
  });

  it('still honours security.refresh.frequencyMinutes', async () => {
    const { scheduler } = await startSecurityBackend({
      mockAuth: true,
      config: { security: { refresh: { frequencyMinutes: 15 } } },
    });
    expect(scheduled(scheduler)).toMatchObject({
      frequency: { minutes: 15 },
      timeout: { minutes: 10 },
    });
  });
});
