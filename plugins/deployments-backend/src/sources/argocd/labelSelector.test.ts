import { InputError } from '@backstage/errors';
import { matchesLabels, parseLabelSelector } from './labelSelector';

const labels = {
  'app.kubernetes.io/name': 'checkout-api',
  team: 'payments',
  tier: 'backend',
  preview: 'true',
};
const matches = (selector: string, l: Record<string, string> = labels) =>
  matchesLabels(l, parseLabelSelector(selector));

describe('label selectors', () => {
  it.each([
    ['app.kubernetes.io/name=checkout-api', true],
    ['app.kubernetes.io/name==checkout-api', true],
    ['app.kubernetes.io/name = checkout-api', true],
    ['app.kubernetes.io/name=payments-api', false],
    ['team!=payments', false],
    ['team!=search', true],
    ['owner!=search', true], // absent key matches !=, as in Kubernetes
    ['tier in (backend,frontend)', true],
    ['tier in (frontend, batch)', false],
    ['tier notin (frontend,batch)', true],
    ['tier notin (backend)', false],
    ['owner notin (x)', true],
    ['preview', true],
    ['owner', false],
    ['!owner', true],
    ['!preview', false],
    ['team=payments,tier in (backend),!owner,preview', true],
    ['team=payments,tier in (backend),owner', false],
    ['team=', false],
  ])('%s -> %s', (selector, expected) => {
    expect(matches(selector)).toBe(expected);
  });

  it('matches an empty value only where the label is empty', () => {
    expect(matches('hack=', { hack: '' })).toBe(true);
  });

  it('splits on commas outside value sets only', () => {
    expect(parseLabelSelector('a in (x, y),b')).toEqual([
      { key: 'a', op: 'in', values: ['x', 'y'] },
      { key: 'b', op: 'exists' },
    ]);
  });

  it.each([
    ['', 'it is empty'],
    ['team=payments,', 'empty requirement'],
    ['tier in (a,b', 'unbalanced parentheses'],
    ['tier in ()', "'tier in ()' needs at least one value"],
    ['team=pay ments', "cannot parse 'team=pay ments'"],
    ['team=a=b', "'a=b' is not a valid label value"],
    ['-bad=1', "'-bad' is not a valid label key"],
    ['tier notin (a,(b))', 'unbalanced parentheses'],
  ])('rejects %j with an InputError saying why', (selector, why) => {
    expect(() => parseLabelSelector(selector)).toThrow(InputError);
    expect(() => parseLabelSelector(selector)).toThrow(
      `Invalid label selector '${selector}': ${why}`,
    );
  });
});
