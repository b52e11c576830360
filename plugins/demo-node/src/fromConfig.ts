import { createDemoWorld, DemoWorld } from './world';

/** The part of Backstage's `Config` the demo world reads (`runway.demo.seed/size`). @public */
export interface DemoWorldConfig {
  getOptionalNumber(key: string): number | undefined;
}

const HOUR = 3600_000;
/** Enough for every (seed, size) a backend runs with, across an hour boundary. */
const KEEP = 8;
const worlds = new Map<string, DemoWorld>();

/**
 * The demo world of `runway.demo.seed` and `runway.demo.size` as of the start of the hour
 * containing `now`: every family's demo source reads this one, so they tell the same story
 * and the world is built once per (seed, size, hour), not once per family or per request.
 *
 * @public
 */
export function demoWorldFromConfig(
  config: DemoWorldConfig,
  now: Date = new Date(),
): DemoWorld {
  const seed = config.getOptionalNumber('runway.demo.seed');
  const size = config.getOptionalNumber('runway.demo.size');
  const hour = Math.floor(now.getTime() / HOUR) * HOUR;
  const key = `${seed}:${size}:${hour}`;
  let world = worlds.get(key);
  if (!world) {
    world = createDemoWorld({ seed, size, now: new Date(hour) });
    worlds.set(key, world);
    // Maps iterate in insertion order: the first key is the oldest world.
    if (worlds.size > KEEP) worlds.delete(worlds.keys().next().value!);
  }
  return world;
}

/**
 * What every family's demo source shares: it is the `demo` source, and it reads the world
 * of its config as of its clock (tests pass a fixed clock).
 *
 * @public
 */
export abstract class DemoWorldSource {
  readonly name = 'demo';
  readonly kind = 'demo' as const;

  constructor(
    protected readonly config: DemoWorldConfig,
    protected readonly clock: () => Date = () => new Date(),
  ) {}

  /** The demo world as of now on the source's clock (built once per hour, see {@link demoWorldFromConfig}). */
  protected world(): DemoWorld {
    return demoWorldFromConfig(this.config, this.clock());
  }
}
