import { demoWorldFromConfig } from './fromConfig';
import { createDemoWorld } from './world';

const config = (data: Record<string, number>) => ({
  getOptionalNumber: (key: string) => data[key],
});

describe('demoWorldFromConfig', () => {
  const at = new Date('2026-11-20T10:42:00Z');

  it('builds the world of runway.demo.seed and size as of the start of the hour', () => {
    const world = demoWorldFromConfig(
      config({ 'runway.demo.seed': 7, 'runway.demo.size': 30 }),
      at,
    );
    expect(world).toEqual(
      createDemoWorld({
        seed: 7,
        size: 30,
        now: new Date('2026-11-20T10:00:00Z'),
      }),
    );
  });

  it('uses the default seed and size when the config has none', () => {
    const world = demoWorldFromConfig(config({}), at);
    expect([world.seed, world.size]).toEqual([42, 12]);
  });

  it('hands out one world object per seed, size and hour', () => {
    const a = config({ 'runway.demo.seed': 3 });
    const first = demoWorldFromConfig(a, at);
    expect(
      demoWorldFromConfig(
        config({ 'runway.demo.seed': 3 }),
        new Date('2026-11-20T10:59:59Z'),
      ),
    ).toBe(first);
    const nextHour = demoWorldFromConfig(a, new Date('2026-11-20T11:00:00Z'));
    expect(nextHour).not.toBe(first);
    expect(nextHour.now).toBe('2026-11-20T11:00:00.000Z');
    expect(demoWorldFromConfig(config({ 'runway.demo.seed': 4 }), at)).not.toBe(
      first,
    );
  });

  it('refuses a world too small to tell the story, as createDemoWorld does', () => {
    expect(() =>
      demoWorldFromConfig(config({ 'runway.demo.size': 2 }), at),
    ).toThrow('size must be an integer >= 4');
  });
});
