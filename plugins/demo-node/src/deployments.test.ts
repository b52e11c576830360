import { createDemoWorld } from './world';
import { createDemoDeployments, DEMO_DEPLOY_DAYS } from './deployments';

const now = new Date('2026-11-20T10:00:00Z');
const world = createDemoWorld({ now });

describe('createDemoDeployments', () => {
  it('is deterministic', () => {
    expect(createDemoDeployments(world, 'search-api')).toEqual(
      createDemoDeployments(createDemoWorld({ now }), 'search-api'),
    );
  });

  it('covers 90 days of deploys in every environment, never in the future', () => {
    for (const service of world.services) {
      const { deploys } = createDemoDeployments(world, service.name);
      for (const env of ['dev', 'staging', 'prod']) {
        const envDeploys = deploys.filter(d => d.environment === env);
        expect(envDeploys.length).toBeGreaterThan(5);
        const first = Date.parse(envDeploys[0].deployedAt);
        expect(now.getTime() - first).toBeGreaterThan(
          (DEMO_DEPLOY_DAYS - 6) * 86400_000,
        );
        expect(now.getTime() - first).toBeLessThanOrEqual(
          DEMO_DEPLOY_DAYS * 86400_000,
        );
      }
      expect(
        deploys.every(d => Date.parse(d.deployedAt) <= now.getTime()),
      ).toBe(true);
    }
  });

  it('rolls back the story canary at the story time, to the previous prod revision', () => {
    const { failedCanary } = world.story;
    const { deploys } = createDemoDeployments(world, failedCanary.service);
    const prod = deploys.filter(d => d.environment === 'prod');
    const canaryIndex = prod.findIndex(d => d.deployedAt === failedCanary.at);
    expect(canaryIndex).toBeGreaterThan(0);
    expect(prod[canaryIndex].rolledBackAt).toBe(failedCanary.rolledBackAt);
    const rollback = prod[canaryIndex + 1];
    expect(rollback).toMatchObject({
      kind: 'rollback',
      deployedAt: failedCanary.rolledBackAt,
    });
    expect(rollback.revision).toBe(prod[canaryIndex - 1].revision);
    // the only prod rollback of that service is the story's
    expect(prod.filter(d => d.rolledBackAt)).toHaveLength(1);
  });

  it('has a few staging canaries rolled back across the world, never another prod one', () => {
    const all = world.services.flatMap(
      s => createDemoDeployments(world, s.name).deploys,
    );
    expect(
      all.filter(d => d.environment === 'staging' && d.rolledBackAt).length,
    ).toBeGreaterThan(0);
    expect(
      all.filter(d => d.environment === 'prod' && d.rolledBackAt),
    ).toHaveLength(1);
  });

  it('deploys only commits whose CI run passed, after the run reached its deploy stage', () => {
    const { deploys, ciRuns } = createDemoDeployments(
      world,
      world.services[2].name,
    );
    const runs = new Map(ciRuns.map(r => [r.commit, r]));
    for (const deploy of deploys) {
      const run = runs.get(deploy.revision);
      expect(run?.status).toBe('success');
      expect(Date.parse(deploy.deployedAt)).toBeGreaterThan(
        Date.parse(run!.startedAt),
      );
      expect(Date.parse(deploy.commitAt)).toBeLessThan(
        Date.parse(run!.startedAt),
      );
    }
    expect(ciRuns.some(r => r.status === 'failure')).toBe(true);
  });

  it('promotes a revision dev -> staging -> prod in that order', () => {
    const { deploys } = createDemoDeployments(world, world.services[4].name);
    const firstAt = (env: string, rev: string) =>
      deploys.find(d => d.environment === env && d.revision === rev)
        ?.deployedAt;
    for (const prod of deploys.filter(
      d => d.environment === 'prod' && d.kind === 'deploy',
    )) {
      expect(firstAt('staging', prod.revision)! < prod.deployedAt).toBe(true);
      expect(
        firstAt('dev', prod.revision)! < firstAt('staging', prod.revision)!,
      ).toBe(true);
    }
  });

  it('shows the paging service degraded and the second service mid-canary', () => {
    const paged = world.story.firingAlerts.find(
      a => a.severity === 'page',
    )!.service;
    expect(createDemoDeployments(world, paged).health.prod).toBe('Degraded');
    const canary = createDemoDeployments(world, world.services[1].name);
    expect(canary.health.prod).toBe('Progressing');
    expect(canary.canary).toEqual({
      environment: 'prod',
      step: 2,
      totalSteps: 4,
      weight: 25,
    });
    const lastProd = canary.deploys
      .filter(d => d.environment === 'prod')
      .pop()!;
    expect(now.getTime() - Date.parse(lastProd.deployedAt)).toBe(12 * 60_000);
  });
});
