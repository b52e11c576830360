import { createDemoWorld } from './world';
import { serviceAnnotations } from './catalog';
import {
  demoFlagChanges,
  demoFlagPrefix,
  demoFlags,
  demoProjectFlags,
  demoUnleashProject,
} from './flags';

const world = createDemoWorld({ now: new Date('2026-03-04T10:00:00Z') });
const { flagRollout, failedCanary } = world.story;
const storyService = world.services.find(s => s.name === flagRollout.service)!;

describe('demo flags', () => {
  it("puts the failed canary's payment flow at its rollout in prod, raised an hour before", () => {
    const flag = demoFlags(world, storyService).find(
      f => f.name === flagRollout.flag,
    )!;
    expect(flag.environments.find(e => e.environment === 'prod')).toEqual({
      environment: 'prod',
      enabled: true,
      rolloutPct: 10,
      strategies: ['flexibleRollout'],
    });
    const raise = demoFlagChanges(world, storyService).find(
      c => c.flag === flagRollout.flag && c.type === 'feature-strategy-update',
    )!;
    expect(raise.rollout).toEqual({ from: 0, to: 10 });
    expect(Date.parse(failedCanary.at) - Date.parse(raise.createdAt)).toBe(
      3_600_000,
    );
  });

  it('gives every service a few flags, some stale, the same on every call', () => {
    const counts = world.services.map(s => demoFlags(world, s).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...counts)).toBeLessThanOrEqual(4);
    const stale = world.services.filter(s =>
      demoFlags(world, s).some(f => f.stale),
    );
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(world.services.length);
    expect(demoFlags(world, storyService)).toEqual(
      demoFlags(createDemoWorld({ now: new Date(world.now) }), storyService),
    );
  });

  it('lists changes newest first, none in the future, each naming its flag', () => {
    for (const service of world.services) {
      const changes = demoFlagChanges(world, service);
      const names = new Set(demoFlags(world, service).map(f => f.name));
      const times = changes.map(c => c.createdAt);
      expect([...times].sort().reverse()).toEqual(times);
      expect(changes.every(c => c.createdAt <= world.now)).toBe(true);
      expect(changes.every(c => names.has(c.flag))).toBe(true);
    }
  });

  it("keeps each team's flags in one project, each service's under its prefix", () => {
    const big = createDemoWorld({ size: 500, now: new Date(world.now) });
    const projects = new Set(big.services.map(s => demoUnleashProject(s)));
    // A page of 500 services reads one project per team, not one per service.
    expect(projects.size).toBe(big.teams.length);
    expect(projects.size).toBeLessThanOrEqual(50);

    const team = storyService.owner;
    const project = demoProjectFlags(world, team);
    const members = world.services.filter(s => s.owner === team);
    expect(members.length).toBeGreaterThan(1);
    expect(project.flags.map(f => f.name).sort()).toEqual(
      members.flatMap(s => demoFlags(world, s).map(f => f.name)).sort(),
    );
    expect(project.flags.every(f => f.project === team)).toBe(true);
    for (const s of members) {
      const prefix = demoFlagPrefix(s);
      expect(demoFlags(world, s).length).toBeGreaterThan(0);
      expect(demoFlags(world, s).every(f => f.name.startsWith(prefix))).toBe(
        true,
      );
      expect(serviceAnnotations(s)).toMatchObject({
        'unleash.io/project': team,
        'unleash.io/feature-prefix': prefix,
      });
    }
    const ids = project.changes.map(c => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(demoProjectFlags(world, 'no-such-team')).toEqual({
      flags: [],
      changes: [],
    });
  });
});
