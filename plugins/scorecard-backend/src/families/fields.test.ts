import { Family } from '@runway/plugin-scorecard-common';
import { selectBatchFields } from '@runway/runway-node';
import {
  complianceBatch,
  costBatch,
  deploymentsBatch,
  flagsBatch,
  qualityBatch,
  securityBatch,
  sloBatch,
} from '../__fixtures__/families';
import { FAMILY_DEFINITIONS } from '.';

const refs = Array.from(
  { length: 8 },
  (_, i) => `component:default/service-${i}`,
);
const batches: Record<Family, { data: { items: any[] } } & any> = {
  deployments: deploymentsBatch(refs),
  slo: sloBatch(refs),
  security: securityBatch(refs),
  cost: costBatch(refs),
  quality: qualityBatch(refs),
  compliance: complianceBatch(refs),
  flags: flagsBatch(refs),
};

/**
 * The item, wrapped so that every property `read` asks for is written down as a dot path
 * (an array's elements share the array's path, as `fields` treats them).
 */
function recording(value: unknown, path: string, reads: Set<string>): any {
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value as object, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || typeof v === 'function') return v;
      if (Array.isArray(target)) {
        if (prop === 'length') return v;
        return recording(v, path, reads);
      }
      const at = path ? `${path}.${prop}` : prop;
      reads.add(at);
      return recording(v, at, reads);
    },
  });
}

const covered = (path: string, fields: string[]) =>
  path === 'entityRef' ||
  fields.some(
    f => f === path || path.startsWith(`${f}.`) || f.startsWith(`${path}.`),
  );

describe.each(Object.keys(batches) as Family[])(
  "the %s family's fields",
  family => {
    const definition = FAMILY_DEFINITIONS[family] as any;
    const items: any[] = batches[family].data.items;

    it('list every path read() touches', () => {
      const reads = new Set<string>();
      for (const item of items) definition.read(recording(item, '', reads));
      expect(reads.size).toBeGreaterThan(0);
      expect(
        [...reads].filter(path => !covered(path, definition.fields)),
      ).toEqual([]);
    });

    it('give the same reading as the full item', () => {
      const selected = selectBatchFields(batches[family], definition.fields)
        .data.items;
      expect(selected.map((i: unknown) => definition.read(i))).toEqual(
        items.map(i => definition.read(i)),
      );
      // And they are a real cut: fewer bytes than the family's full items.
      expect(JSON.stringify(selected).length).toBeLessThan(
        JSON.stringify(items).length,
      );
    });
  },
);
