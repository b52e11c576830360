import { substituteWindow } from '@runway/plugin-slo-node';

/**
 * Many services' SLIs in one PromQL expression per shape. Sloth specs of a fleet are mostly
 * one template with the service's value in a label matcher, e.g.
 * `sum(rate(x{service="a",code=~"5.."}[{{.window}}])) / sum(rate(x{service="a"}[{{.window}}]))`.
 * Such queries are read once for all services: the matcher becomes `service=~"a|b|..."` and
 * every `sum(` becomes `sum by (service) (`. Each service's answer is then the very same
 * sum over the very same series as its own query (the regex is anchored and escaped), so the
 * numbers do not change. Queries outside the small grammar understood here (only `sum`,
 * `rate`, `irate`, `increase`, arithmetic and numbers, every selector inside a `sum`) are
 * not rewritten: they travel as their own branch.
 */

type Token =
  | { t: 'ident'; v: string }
  | { t: 'num'; v: string }
  | { t: 'op'; v: string }
  | { t: 'range'; v: string }
  | { t: 'matchers'; v: Matcher[] };

interface Matcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

const FUNCTIONS = new Set(['rate', 'irate', 'increase']);
const AGGREGATIONS = new Set(['sum']);
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'offset',
  'bool',
  'and',
  'or',
  'unless',
  'atan2',
]);

const TEXT_OF_OP: Record<string, string> = { '(': '(', ')': ')', ',': ', ' };

function tokenize(query: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  const ident = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
  const num = /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/y;
  const label =
    /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*("[^"\\]*"|'[^'\\]*')\s*/y;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if ('+-*/(),'.includes(c)) {
      tokens.push({ t: 'op', v: c });
      i++;
      continue;
    }
    if (c === '[') {
      const end = query.indexOf(']', i);
      if (end < 0) return undefined;
      tokens.push({ t: 'range', v: query.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '{') {
      const matchers: Matcher[] = [];
      i++;
      for (;;) {
        while (/\s/.test(query[i] ?? '')) i++;
        if (query[i] === '}') break;
        label.lastIndex = i;
        const m = label.exec(query);
        if (!m) return undefined;
        matchers.push({
          name: m[1],
          op: m[2] as Matcher['op'],
          value: m[3].slice(1, -1),
        });
        i = label.lastIndex;
        if (query[i] === ',') i++;
        else if (query[i] !== '}') return undefined;
      }
      i++;
      tokens.push({ t: 'matchers', v: matchers });
      continue;
    }
    ident.lastIndex = i;
    const id = ident.exec(query);
    if (id) {
      tokens.push({ t: 'ident', v: id[0] });
      i = ident.lastIndex;
      continue;
    }
    num.lastIndex = i;
    const n = num.exec(query);
    if (n) {
      tokens.push({ t: 'num', v: n[0] });
      i = num.lastIndex;
      continue;
    }
    return undefined;
  }
  return tokens;
}

/** A vector selector: its metric name (if written before the braces) and its matchers. */
interface Selector {
  name?: string;
  matchers: Matcher[];
  range?: string;
}

type Part = { kind: 'text'; text: string } | { kind: 'selector'; s: Selector };

/**
 * The query as text pieces and selectors, or undefined when it is outside the grammar this
 * module rewrites safely.
 */
function parse(query: string): Part[] | undefined {
  const tokens = tokenize(query);
  if (!tokens) return undefined;
  const parts: Part[] = [];
  const stack: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    const next = tokens[k + 1];
    if (tok.t === 'ident') {
      if (next?.t === 'op' && next.v === '(') {
        if (!FUNCTIONS.has(tok.v) && !AGGREGATIONS.has(tok.v)) return undefined;
        stack.push(tok.v);
        parts.push({ kind: 'text', text: `${tok.v}(` });
        k++;
        continue;
      }
      if (
        KEYWORDS.has(tok.v) ||
        FUNCTIONS.has(tok.v) ||
        AGGREGATIONS.has(tok.v)
      )
        return undefined;
    }
    if (tok.t === 'ident' || tok.t === 'matchers') {
      // A selector: every one must sit inside a sum, so its own labels never reach a
      // binary operator.
      if (!stack.includes('sum')) return undefined;
      const s: Selector = { matchers: [] };
      let j = k;
      if (tok.t === 'ident') {
        s.name = tok.v;
        j++;
      }
      const m = tokens[j];
      if (m?.t === 'matchers') {
        s.matchers = m.v;
        j++;
      }
      const r = tokens[j];
      if (r?.t === 'range') {
        // A subquery (`[1h:5m]`) is not a plain range: leave it alone.
        if (r.v.includes(':')) return undefined;
        s.range = r.v;
        j++;
      }
      parts.push({ kind: 'selector', s });
      k = j - 1;
      continue;
    }
    if (tok.t === 'range') return undefined;
    if (tok.t === 'num') {
      parts.push({ kind: 'text', text: tok.v });
      continue;
    }
    if (tok.v === '(') stack.push('(');
    if (tok.v === ')') {
      if (!stack.length) return undefined;
      stack.pop();
    }
    parts.push({
      kind: 'text',
      text: TEXT_OF_OP[tok.v] ?? ` ${tok.v} `,
    });
  }
  if (stack.length) return undefined;
  if (!parts.some(p => p.kind === 'selector')) return undefined;
  return parts;
}

/**
 * The labels a query's answer can be keyed by: equality matchers present in EVERY selector
 * with the same value everywhere (e.g. `service="a"`), names sorted.
 */
function keyLabels(parts: Part[]): Record<string, string> | undefined {
  const selectors = parts.flatMap(p => (p.kind === 'selector' ? [p.s] : []));
  let keys: Record<string, string> | undefined;
  for (const s of selectors) {
    const eq: Record<string, string> = {};
    for (const m of s.matchers) {
      if (m.op !== '=' || m.name === '__name__') continue;
      // Two equality matchers on one label: leave such a selector alone.
      if (m.name in eq) return undefined;
      eq[m.name] = m.value;
    }
    if (!keys) keys = eq;
    else {
      for (const name of Object.keys(keys)) {
        if (eq[name] !== keys[name]) delete keys[name];
      }
    }
  }
  if (!keys || Object.keys(keys).length === 0) return undefined;
  return Object.fromEntries(
    Object.entries(keys).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** A PromQL string literal. */
export const quote = (s: string) => JSON.stringify(s);
/** A literal for an (anchored, RE2) PromQL regex matcher. */
export const escapeRegex = (s: string) =>
  s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function render(
  parts: Part[],
  keys: string[],
  values: Map<string, Set<string>> | undefined,
  window: string,
): string {
  return parts
    .map(p => {
      if (p.kind === 'text') {
        return p.text === 'sum(' && keys.length
          ? `sum by (${keys.join(', ')}) (`
          : p.text;
      }
      const { name, matchers, range } = p.s;
      const rendered = matchers.map(m => {
        if (values && keys.includes(m.name) && m.op === '=') {
          const vs = [...values.get(m.name)!];
          return vs.length === 1
            ? `${m.name}=${quote(vs[0])}`
            : `${m.name}=~${quote(vs.map(escapeRegex).join('|'))}`;
        }
        return `${m.name}${m.op}${quote(m.value)}`;
      });
      return `${name ?? ''}{${rendered.join(',')}}${
        range === undefined ? '' : `[${substituteWindow(range, window)}]`
      }`;
    })
    .join('');
}

/** One member of a batch: what it is called and the error-ratio query it stands for. */
export interface SliMember<T> {
  item: T;
  query: string;
}

/**
 * One branch of the per-window query: either a shape shared by many members (keyed by
 * labels) or one member's own query as it is.
 */
export interface SliBranch<T> {
  /** The label names the answer is keyed by; empty for a query left as it is. */
  keys: string[];
  /** Members by the JSON of their key values (`[]` for a query left as it is). */
  members: Map<string, T[]>;
  parts?: Part[];
  query?: string;
}

const tupleOf = (keys: string[], labels: Record<string, string>) =>
  JSON.stringify(keys.map(k => labels[k] ?? ''));

/** Groups the members by shape: one branch per template, one per query outside the grammar. */
export function branchesOf<T>(members: SliMember<T>[]): SliBranch<T>[] {
  const shapes = new Map<string, SliBranch<T>>();
  const alone: SliBranch<T>[] = [];
  for (const member of members) {
    const parts = parse(member.query);
    const keyed = parts && keyLabels(parts);
    if (!parts || !keyed) {
      alone.push({
        keys: [],
        members: new Map([['[]', [member.item]]]),
        query: member.query,
      });
      continue;
    }
    const keys = Object.keys(keyed);
    const template = `${keys.join(',')}\u0000${render(
      parts.map(p =>
        p.kind === 'selector'
          ? {
              kind: 'selector',
              s: {
                ...p.s,
                matchers: p.s.matchers.map(m =>
                  keys.includes(m.name) && m.op === '='
                    ? { ...m, value: '\u0001' }
                    : m,
                ),
              },
            }
          : p,
      ),
      keys,
      undefined,
      '{{.window}}',
    )}`;
    let branch = shapes.get(template);
    if (!branch) {
      branch = { keys, members: new Map(), parts };
      shapes.set(template, branch);
    }
    const tuple = tupleOf(keys, keyed);
    branch.members.set(tuple, [
      ...(branch.members.get(tuple) ?? []),
      member.item,
    ]);
  }
  return [...shapes.values(), ...alone];
}

/** The branch's PromQL for one window, its answer labelled `runway_branch="<index>"`. */
export function branchQuery<T>(
  branch: SliBranch<T>,
  index: number,
  window: string,
): string {
  let expr: string;
  if (branch.parts) {
    const values = new Map<string, Set<string>>(
      branch.keys.map(k => [k, new Set<string>()]),
    );
    for (const tuple of branch.members.keys()) {
      (JSON.parse(tuple) as string[]).forEach((v, i) =>
        values.get(branch.keys[i])!.add(v),
      );
    }
    expr = render(branch.parts, branch.keys, values, window);
  } else {
    // A query left as it is: max() makes it one series, whatever labels it answers with.
    expr = `max(${substituteWindow(branch.query!, window)})`;
  }
  return `label_replace(${expr}, "runway_branch", "${index}", "", "")`;
}

/** The members a sample of `branchQuery` answers for (none for a combination nobody asked). */
export function membersOf<T>(
  branch: SliBranch<T>,
  labels: Record<string, string>,
): T[] {
  return branch.members.get(tupleOf(branch.keys, labels)) ?? [];
}

/** The branch split in two halves of its members (for isolating a rejected query). */
export function splitBranch<T>(branch: SliBranch<T>): SliBranch<T>[] {
  const entries = [...branch.members.entries()];
  const mid = Math.ceil(entries.length / 2);
  return [entries.slice(0, mid), entries.slice(mid)].map(half => ({
    ...branch,
    members: new Map(half),
  }));
}

/** How many distinct answers a branch stands for. */
export const branchSize = (branch: SliBranch<unknown>) => branch.members.size;
