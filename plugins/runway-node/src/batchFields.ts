import { Sourced } from '@runway/runway-common';
import { z } from 'zod/v3';
import { BATCH_LIMIT, entityRefsBody } from './routeInput';

/**
 * One field of a batch item as a dot path (`coverage.linePct`); a segment that meets an
 * array applies to each of its elements (`slos.sli`).
 */
const fieldPath = z
  .string()
  .regex(
    /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/,
    'a field is a dot path of names (coverage.linePct)',
  );

/**
 * The body of a family's `POST /batch`: `{ entityRefs, fields? }`. `fields` works like the
 * catalog's `fields` parameter: only those paths of each item are sent (and `entityRef`,
 * always). The scorecard asks for the few figures it reads, so a 500-service page moves a
 * fraction of the bytes a family's full items hold.
 *
 * @public
 */
export function entityBatchBody(limit: number = BATCH_LIMIT) {
  return entityRefsBody(limit).extend({
    fields: z.array(fieldPath).min(1).max(100).optional(),
  });
}

type FieldTree = { [key: string]: FieldTree | true };

function fieldTree(fields: string[]): FieldTree {
  const tree: FieldTree = {};
  for (const field of fields) {
    const names = field.split('.');
    let node = tree;
    for (const [i, name] of names.entries()) {
      const next = node[name];
      if (next === true) break; // a shorter path already keeps the whole value
      if (i === names.length - 1) node[name] = true;
      else node = node[name] = next ?? {};
    }
  }
  return tree;
}

function pick(value: unknown, tree: FieldTree): unknown {
  if (Array.isArray(value)) return value.map(v => pick(v, tree));
  // null and plain values at a branch are data too (`summary: null` is not "absent").
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(tree)) {
    if (!Object.prototype.hasOwnProperty.call(value, name)) continue;
    const v = (value as Record<string, unknown>)[name];
    out[name] = sub === true ? v : pick(v, sub);
  }
  return out;
}

/**
 * The family's batch answer with only `fields` of each item (and its `entityRef`); without
 * fields, the answer as it is.
 *
 * @public
 */
export function selectBatchFields<A extends Sourced<{ items: object[] }>>(
  answer: A,
  fields: string[] | undefined,
): A {
  if (!fields) return answer;
  const tree = fieldTree(['entityRef', ...fields]);
  return {
    ...answer,
    data: {
      ...answer.data,
      items: answer.data.items.map(item => pick(item, tree)),
    },
  };
}
