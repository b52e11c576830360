import { DemoWorld } from './world';

const memos = new WeakMap<DemoWorld, Map<string, unknown>>();

/**
 * What `compute` answers for one world, computed once per world and key and shared by every
 * caller in the process (a family's batch, another family reading the same series). The
 * world changes once an hour (`demoWorldFromConfig`), and an old world's answers go with it.
 * Callers share the answer: they must not modify it.
 *
 * @public
 */
export function memoForWorld<T>(
  world: DemoWorld,
  key: string,
  compute: () => T,
): T {
  let memo = memos.get(world);
  if (!memo) {
    memo = new Map();
    memos.set(world, memo);
  }
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
