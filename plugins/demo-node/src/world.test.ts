import fs from 'fs';
import path from 'path';
import { createDemoWorld, EXAMPLES_NOW, exampleFiles } from '.';

const now = new Date('2026-11-20T10:00:00Z');

describe('createDemoWorld', () => {
  it('is deterministic for a seed, size and time', () => {
    expect(createDemoWorld({ now, seed: 7 })).toEqual(
      createDemoWorld({ now, seed: 7 }),
    );
    expect(createDemoWorld({ now, seed: 7 })).not.toEqual(
      createDemoWorld({ now, seed: 8 }),
    );
  });

  it('has the default cast: 4 teams, 3 systems, 12 services', () => {
    const world = createDemoWorld({ now });
    expect(world.teams.map(t => t.name)).toEqual([
      'team-checkout',
      'team-payments',
      'team-catalog',
      'team-platform',
    ]);
    expect(world.systems).toHaveLength(3);
    expect(world.services).toHaveLength(12);
    expect(new Set(world.services.map(s => s.owner)).size).toBe(4);
  });

  it('scales to 500 services with unique names and valid owners', () => {
    const world = createDemoWorld({ now, size: 500 });
    const names = new Set(world.services.map(s => s.name));
    expect(names.size).toBe(500);
    const teams = new Set(world.teams.map(t => t.name));
    expect(world.services.every(s => teams.has(s.owner))).toBe(true);
    expect(world.teams.length).toBe(50);
  });

  it('tells one story: the canary failed two days ago at 14:00 and rolled back 35 minutes later', () => {
    const { story } = createDemoWorld({ now });
    expect(story.failedCanary).toEqual({
      service: 'checkout-api',
      at: '2026-11-18T14:00:00.000Z',
      pagedAt: '2026-11-18T14:10:00.000Z',
      rolledBackAt: '2026-11-18T14:35:00.000Z',
    });
    expect(story.canaryInProgress).toMatchObject({
      service: 'cart-api',
      deployedAt: '2026-11-20T09:48:00.000Z',
      step: 2,
      weight: 25,
    });
    expect(story.firingAlerts.map(a => a.service)).toEqual([
      'payments-api',
      'search-api',
    ]);
  });

  it('builds a consistent world at every size from 4 to 120', () => {
    for (let size = 4; size <= 120; size++) {
      const world = createDemoWorld({ now, size });
      const teams = new Set(world.teams.map(t => t.name));
      const systems = new Set(world.systems.map(s => s.name));
      expect(world.services).toHaveLength(size);
      expect(
        world.services.every(s => teams.has(s.owner) && systems.has(s.system)),
      ).toBe(true);
      expect(world.services.map(s => s.name)).toContain(
        world.story.scaleUp.service,
      );
    }
  });

  it('rejects a world too small to tell the story', () => {
    expect(() => createDemoWorld({ size: 3 })).toThrow(
      'size must be an integer >= 4',
    );
  });
});

describe('examples/', () => {
  it('agrees with the demo world (regenerate with `generate-examples`)', () => {
    const root = path.resolve(__dirname, '../../../examples');
    for (const [file, content] of exampleFiles(
      createDemoWorld({ now: EXAMPLES_NOW }),
    )) {
      expect(fs.readFileSync(path.join(root, file), 'utf8')).toBe(content);
    }
  });
});
