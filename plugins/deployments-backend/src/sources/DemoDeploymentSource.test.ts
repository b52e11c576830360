import { ConfigReader } from '@backstage/config';
import { createDemoWorld } from '@runway/demo-node';
import { DemoDeploymentSource } from './DemoDeploymentSource';

const now = Date.parse('2026-11-20T10:30:00Z');
const world = createDemoWorld({ now: new Date('2026-11-20T10:00:00Z') });
const source = new DemoDeploymentSource(
  new ConfigReader({ runway: { demo: { seed: 42, size: 12 } } }),
  () => now,
);
const target = (name: string) => ({
  entityRef: `component:default/${name}`,
  selector: `app.kubernetes.io/name=${name}`,
});

describe('DemoDeploymentSource', () => {
  it('finds services by the selector label, like ArgoCD would, and knows nothing else', async () => {
    const { byEntity, source: info } = await source.list([
      target('checkout-api'),
      target('not-a-service'),
    ]);
    expect(info).toEqual({
      kind: 'demo',
      name: 'demo',
      stale: false,
      fetchedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(
      byEntity
        .get('component:default/checkout-api')!
        .environments.map(e => e.environment),
    ).toEqual(['dev', 'staging', 'prod']);
    expect(byEntity.has('component:default/not-a-service')).toBe(false);
  });

  it('shows the canary under way on the second service and its page alerts for CFR', async () => {
    const moving = world.services[1].name;
    const { byEntity } = await source.list([target(moving)]);
    const { rollouts } = await source.details(
      target(moving),
      byEntity.get(`component:default/${moving}`)!,
    );
    expect(rollouts).toEqual([
      {
        environment: 'prod',
        app: `${moving}-prod`,
        strategy: 'canary',
        phase: 'Paused',
        step: 2,
        totalSteps: 4,
        weight: 25,
      },
    ]);
    const { failedCanary } = world.story;
    const canary = target(failedCanary.service);
    expect(
      (await source.pageAlertTimes([canary])).get(canary.entityRef),
    ).toContain('2026-11-18T14:10:00.000Z');
  });

  it('pretends nothing when asked to sync or roll back', async () => {
    await expect(
      source.sync(target('checkout-api'), 'prod'),
    ).resolves.toMatchObject({ message: 'Demo data: nothing was synced' });
    await expect(
      source.rollback(target('checkout-api'), 'prod', 99999),
    ).rejects.toThrow('checkout-api-prod has no history entry 99999');
  });
});
