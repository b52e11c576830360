import seedrandom from 'seedrandom';

/**
 * A seeded random stream for one part of the world. Keyed by purpose, so adding a new
 * series for one family never shifts the numbers another family already shows.
 *
 * @public
 */
export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** @public */
export function randomFor(
  seed: number,
  ...keys: Array<string | number>
): Random {
  const prng = seedrandom(`${seed}:${keys.join(':')}`);
  const next = () => prng.quick();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: items => items[Math.floor(next() * items.length)],
    chance: p => next() < p,
  };
}
