import { entityBatchBody, selectBatchFields } from './batchFields';
import { parseInput } from './routeInput';

const answer = (items: object[]) => ({
  source: {
    kind: 'live' as const,
    name: 'quality',
    stale: false,
    fetchedAt: '2026-12-03T10:00:00.000Z',
  },
  data: { items, total: items.length },
});

describe('selectBatchFields', () => {
  const item = {
    entityRef: 'component:default/checkout-api',
    coverage: { linePct: 81.5, totalLines: 4969, reportId: 'abc' },
    loadTest: null,
    state: { state: 'ok', at: '2026-12-02T19:14:36.000Z' },
    slos: [
      { name: 'availability', sli: 0.999, burnRates: { '1d': 0.1, '3d': 0.2 } },
      { name: 'latency', sli: 0.98, burnRates: { '1d': 0.5 } },
    ],
  };

  it('keeps only the named paths of each item, and its entityRef', () => {
    const out = selectBatchFields(answer([item]), [
      'coverage.linePct',
      'state',
      'slos.sli',
      'slos.burnRates.1d',
    ]);
    expect(out.data.items).toEqual([
      {
        entityRef: 'component:default/checkout-api',
        coverage: { linePct: 81.5 },
        state: { state: 'ok', at: '2026-12-02T19:14:36.000Z' },
        slos: [
          { sli: 0.999, burnRates: { '1d': 0.1 } },
          { sli: 0.98, burnRates: { '1d': 0.5 } },
        ],
      },
    ]);
    // The envelope is the family's own.
    expect(out.source).toEqual(answer([]).source);
    expect(out.data.total).toBe(1);
  });

  it('keeps a null or absent value as it is: no data stays no data', () => {
    const out = selectBatchFields(answer([item]), [
      'loadTest.p95Ms',
      'mutation.msi',
    ]);
    expect(out.data.items[0]).toEqual({
      entityRef: 'component:default/checkout-api',
      loadTest: null,
    });
    expect(out.data.items[0]).not.toHaveProperty('mutation');
  });

  it('a shorter path keeps the whole value, in either order', () => {
    for (const fields of [
      ['coverage', 'coverage.linePct'],
      ['coverage.linePct', 'coverage'],
    ])
      expect(selectBatchFields(answer([item]), fields).data.items[0]).toEqual({
        entityRef: item.entityRef,
        coverage: item.coverage,
      });
  });

  it('without fields, answers the items as they are', () => {
    const full = answer([item]);
    expect(selectBatchFields(full, undefined)).toBe(full);
  });
});

describe('entityBatchBody', () => {
  const body = entityBatchBody();

  it('takes fields as dot paths', () => {
    expect(
      parseInput(body, {
        entityRefs: ['component:default/checkout-api'],
        fields: ['coverage.linePct', 'burnRates.1d'],
      }),
    ).toEqual({
      entityRefs: ['component:default/checkout-api'],
      fields: ['coverage.linePct', 'burnRates.1d'],
    });
  });

  it.each([
    [['a..b'], 'fields.0'],
    [['a.b '], 'fields.0'],
    [[], 'fields'],
    ['coverage', 'fields'],
  ])('answers a 400 naming the field at fault for %j', (fields, path) => {
    expect(() =>
      parseInput(body, {
        entityRefs: ['component:default/checkout-api'],
        fields,
      }),
    ).toThrow(new RegExp(`^${path.replace('.', '\\.')}: `));
  });
});
