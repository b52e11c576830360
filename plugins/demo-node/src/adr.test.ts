import { createDemoWorld } from './world';
import { demoAdrs } from './adr';

describe('demo ADRs', () => {
  const world = createDemoWorld({ now: new Date('2026-01-01T00:00:00Z') });

  it('gives each service 3 to 6 numbered ADRs, mixing MADR 2 and 3', () => {
    for (const service of world.services) {
      const adrs = demoAdrs(world, service);
      expect(adrs.length).toBeGreaterThanOrEqual(3);
      expect(adrs.length).toBeLessThanOrEqual(6);
      expect(adrs.map(a => a.number)).toEqual(adrs.map((_, i) => i + 1));
      expect(adrs[0].markdown).toMatch(
        /^# Record architecture decisions\n\n\* Status: accepted/,
      );
      expect(adrs[adrs.length - 1].markdown).toMatch(
        /^---\nstatus: "accepted"\ndate: \d{4}-\d\d-\d\d\n/,
      );
    }
  });

  it('supersedes the storage decision by the last ADR, with a link to it', () => {
    const service = world.services[0];
    const adrs = demoAdrs(world, service);
    const last = adrs[adrs.length - 1];
    expect(adrs[1]).toMatchObject({
      status: 'superseded',
      supersededBy: last.file,
    });
    expect(adrs[1].markdown).toContain(
      `* Status: superseded by [ADR-${last.file.slice(0, 4)}](${last.file})`,
    );
    expect(adrs.filter(a => a.status === 'superseded')).toHaveLength(1);
  });

  it('is the same for the same world', () => {
    expect(demoAdrs(world, world.services[3])).toEqual(
      demoAdrs(
        createDemoWorld({ now: new Date(world.now) }),
        world.services[3],
      ),
    );
  });
});
