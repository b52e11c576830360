import { branchesOf, branchQuery, membersOf, splitBranch } from './sliBatch';

const availability = (service: string) =>
  `(sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}])))\n/\n(sum(rate(http_requests_total{service="${service}"}[{{ .window }}])))`;
const latency = (service: string, le: string) =>
  `(sum(rate(d_count{service="${service}"}[{{.window}}])) - sum(rate(d_bucket{service="${service}",le="${le}"}[{{.window}}])))\n/\n(sum(rate(d_count{service="${service}"}[{{.window}}])))`;

describe('sliBatch', () => {
  it('reads one shape for many services, keyed by the label every selector shares', () => {
    const branches = branchesOf(
      ['a', 'b.c', 'd'].map(s => ({ item: s, query: availability(s) })),
    );
    expect(branches).toHaveLength(1);
    expect(branches[0].keys).toEqual(['service']);
    expect(branchQuery(branches[0], 0, '5m')).toBe(
      'label_replace((sum by (service) (rate(http_requests_total{service=~"a|b\\\\.c|d",code=~"5.."}[5m]))) / (sum by (service) (rate(http_requests_total{service=~"a|b\\\\.c|d"}[5m]))), "runway_branch", "0", "", "")',
    );
    expect(membersOf(branches[0], { service: 'b.c' })).toEqual(['b.c']);
    // a combination nobody asked for is not anybody's answer
    expect(membersOf(branches[0], { service: 'e' })).toEqual([]);
  });

  it('keeps a label that differs between selectors of one query literal, one branch per value', () => {
    const branches = branchesOf([
      { item: 'a', query: latency('a', '0.3') },
      { item: 'b', query: latency('b', '0.3') },
      { item: 'c', query: latency('c', '0.1') },
    ]);
    expect(branches.map(b => [...b.members.keys()])).toEqual([
      ['["a"]', '["b"]'],
      ['["c"]'],
    ]);
    expect(branchQuery(branches[1], 1, '1h')).toContain(
      'sum by (service) (rate(d_bucket{service="c",le="0.1"}[1h]))',
    );
  });

  it('gives several SLOs of one query the same answer', () => {
    const [branch] = branchesOf([
      { item: 'a/one', query: availability('a') },
      { item: 'a/two', query: availability('a') },
    ]);
    expect(membersOf(branch, { service: 'a' })).toEqual(['a/one', 'a/two']);
  });

  it.each([
    [
      'an aggregation with its own grouping',
      'sum by (x) (rate(m{service="a"}[{{.window}}]))',
    ],
    ['another aggregation', 'max(rate(m{service="a"}[{{.window}}]))'],
    [
      'a selector outside any sum',
      'rate(m{service="a"}[{{.window}}]) / sum(rate(n{service="a"}[{{.window}}]))',
    ],
    [
      'a selector without the label',
      'sum(rate(m{service="a"}[{{.window}}])) / sum(rate(n[{{.window}}]))',
    ],
    ['a comparison', 'sum(rate(m{service="a"}[{{.window}}])) > 0'],
    ['an escaped value', 'sum(rate(m{service="a\\"b"}[{{.window}}]))'],
    ['a subquery', 'sum(rate(m{service="a"}[{{.window}}:1m]))'],
  ])('leaves a query with %s as it is', (_, query) => {
    const branches = branchesOf([
      { item: 'x', query },
      { item: 'y', query },
    ]);
    expect(branches).toHaveLength(2);
    expect(branches[0].keys).toEqual([]);
    expect(branchQuery(branches[0], 0, '5m')).toBe(
      `label_replace(max(${query.replace(
        /\{\{\.window\}\}/g,
        '5m',
      )}), "runway_branch", "0", "", "")`,
    );
  });

  it('splits a branch in halves of its members', () => {
    const [branch] = branchesOf(
      ['a', 'b', 'c'].map(s => ({ item: s, query: availability(s) })),
    );
    const halves = splitBranch(branch);
    expect(halves.map(h => [...h.members.keys()])).toEqual([
      ['["a"]', '["b"]'],
      ['["c"]'],
    ]);
    expect(branchQuery(halves[1], 0, '5m')).toContain('service="c"');
  });
});
