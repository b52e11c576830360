import { z } from 'zod/v3';
import { entityRefSchema, parseInput } from './routeInput';

describe('route input', () => {
  const schema = z.object({ entityRef: entityRefSchema });

  it('normalises an entity ref', () => {
    expect(parseInput(schema, { entityRef: 'Component:checkout-api' })).toEqual(
      {
        entityRef: 'component:default/checkout-api',
      },
    );
  });

  it.each([
    [{}, 'entityRef: Required'],
    [
      { entityRef: 'checkout-api' },
      'entityRef: not an entity ref: checkout-api',
    ],
    [
      { entityRef: `c:${'x'.repeat(600)}` },
      'entityRef: String must contain at most 512 character(s)',
    ],
  ])('answers a 400 that names the field for %j', (input, message) => {
    expect(() => parseInput(schema, input)).toThrow(
      expect.objectContaining({ name: 'InputError', message }),
    );
  });
});
