import { z } from 'zod/v3';
import {
  BATCH_LIMIT,
  entityRefSchema,
  entityRefQuery,
  entityRefsBody,
  parseInput,
  teamRefQuery,
} from './routeInput';

describe('route input', () => {
  const strict = z.object({ entityRef: entityRefSchema() });
  const component = z.object({
    entityRef: entityRefSchema({ defaultKind: 'component' }),
  });

  it('normalises an entity ref', () => {
    expect(parseInput(strict, { entityRef: 'Component:checkout-api' })).toEqual(
      { entityRef: 'component:default/checkout-api' },
    );
  });

  it('reads a bare name as the default kind, in the default namespace', () => {
    expect(parseInput(component, { entityRef: 'checkout-api' })).toEqual({
      entityRef: 'component:default/checkout-api',
    });
    expect(
      parseInput(
        z.object({ owner: entityRefSchema({ defaultKind: 'group' }) }),
        {
          owner: 'team-payments',
        },
      ),
    ).toEqual({ owner: 'group:default/team-payments' });
  });

  it.each([
    [{}, 'entityRef: Required'],
    [
      { entityRef: '' },
      'entityRef: String must contain at least 1 character(s)',
    ],
    [
      { entityRef: 'checkout-api' },
      'entityRef: not an entity ref (kind:namespace/name): checkout-api',
    ],
    [
      { entityRef: `c:${'x'.repeat(600)}` },
      'entityRef: String must contain at most 512 character(s)',
    ],
  ])('answers a 400 that names the field (case %#)', (input, message) => {
    expect(() => parseInput(strict, input)).toThrow(
      expect.objectContaining({ name: 'InputError', message }),
    );
  });

  it('takes one to BATCH_LIMIT refs, normalised and without duplicates', () => {
    const body = entityRefsBody();
    expect(
      parseInput(body, {
        entityRefs: ['component:a', 'Component:default/a', 'component:b'],
      }),
    ).toEqual({
      entityRefs: ['component:default/a', 'component:default/b'],
    });
    expect(() => parseInput(body, { entityRefs: [] })).toThrow(
      'entityRefs: Array must contain at least 1 element(s)',
    );
    const tooMany = Array.from(
      { length: BATCH_LIMIT + 1 },
      (_, i) => `component:s${i}`,
    );
    expect(() => parseInput(body, { entityRefs: tooMany })).toThrow(
      `entityRefs: Array must contain at most ${BATCH_LIMIT} element(s)`,
    );
    expect(() =>
      parseInput(body, { entityRefs: ['component:a', 'nope'] }),
    ).toThrow('entityRefs.1: not an entity ref (kind:namespace/name): nope');
  });

  it('takes a smaller limit where a family sets one', () => {
    expect(() =>
      parseInput(entityRefsBody(2), {
        entityRefs: ['component:a', 'component:b', 'component:c'],
      }),
    ).toThrow('entityRefs: Array must contain at most 2 element(s)');
  });

  it('reads the entity and team queries every family shares', () => {
    expect(
      parseInput(entityRefQuery, { entityRef: 'component:checkout-api' }),
    ).toEqual({ entityRef: 'component:default/checkout-api' });
    expect(() =>
      parseInput(entityRefQuery, { entityRef: 'checkout-api' }),
    ).toThrow(
      'entityRef: not an entity ref (kind:namespace/name): checkout-api',
    );
    expect(parseInput(teamRefQuery, { team: 'team-payments' })).toEqual({
      team: 'group:default/team-payments',
    });
    expect(() => parseInput(teamRefQuery, {})).toThrow('team: Required');
  });
});
