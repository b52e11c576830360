import { DemoWorld } from './world';

/**
 * The answers of the worlds used last (the current hour's and, across an hour boundary, the
 * previous one's): an older world's answers are dropped with it, so a day of worlds does
 * not stay in memory.
 */
const KEEP_WORLDS = 2;
const memos = new Map<DemoWorld, Map<string, unknown>>();

/**
 * What `compute` answers for one world, computed once per world and key and shared by every
 * caller in the process (a family's batch, another family reading the same series). The
 * world changes once an hour (`demoWorldFromConfig`). Callers share the answer: they must
 * not modify it.
 *
 * @public
 */
export function memoForWorld<T>(
  world: DemoWorld,
  key: string,
  compute: () => T,
): T {
  let memo = memos.get(world);
  if (memo) {
    // Most recently used last: Maps iterate in insertion order.
    memos.delete(world);
  } else {
    memo = new Map();
  }
  memos.set(world, memo);
  if (memos.size > KEEP_WORLDS) memos.delete(memos.keys().next().value!);
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}
