import { InputError } from '@backstage/errors';

/**
 * Kubernetes label selectors, as `argocd/app-selector` carries them and as ArgoCD's own
 * `?selector=` applies them: `k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`
 * (exists), `!k` (does not exist); a comma is AND.
 *
 * Hand-written because no maintained npm library for the grammar is in this repo
 * (`@kubernetes/client-node` only passes selector strings through to the API server), and
 * the grammar is small enough that a dependency would cost more than these lines.
 */
export type Requirement =
  | { key: string; op: 'in'; values: string[] }
  | { key: string; op: 'notin'; values: string[] }
  | { key: string; op: 'exists' }
  | { key: string; op: 'doesnotexist' };

export type LabelSelector = Requirement[];

// A label key: optional DNS-subdomain prefix, then a name of alphanumerics, '-', '_', '.'.
const KEY =
  /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
// A label value may be empty.
const VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function invalid(selector: string, why: string): never {
  throw new InputError(`Invalid label selector '${selector}': ${why}`);
}

function checkKey(selector: string, key: string): string {
  if (!KEY.test(key) || key.length > 316) {
    invalid(selector, `'${key}' is not a valid label key`);
  }
  return key;
}

function checkValue(selector: string, value: string): string {
  if (!VALUE.test(value) || value.length > 63) {
    invalid(selector, `'${value}' is not a valid label value`);
  }
  return value;
}

/** Splits on commas that are not inside a `( … )` value set. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
    if (depth < 0 || depth > 1) invalid(selector, 'unbalanced parentheses');
  }
  if (depth !== 0) invalid(selector, 'unbalanced parentheses');
  terms.push(selector.slice(start));
  return terms.map(t => t.trim());
}

function parseTerm(selector: string, term: string): Requirement {
  if (term === '') invalid(selector, 'empty requirement');
  const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(term);
  if (set) {
    const values = set[3].split(',').map(v => checkValue(selector, v.trim()));
    if (values.length === 1 && values[0] === '') {
      invalid(selector, `'${set[1]} ${set[2]} ()' needs at least one value`);
    }
    return {
      key: checkKey(selector, set[1]),
      op: set[2] as 'in' | 'notin',
      values,
    };
  }
  const cmp = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (cmp) {
    const key = checkKey(selector, cmp[1]);
    const values = [checkValue(selector, cmp[3])];
    return cmp[2] === '!='
      ? { key, op: 'notin', values }
      : { key, op: 'in', values };
  }
  if (term.startsWith('!')) {
    return {
      key: checkKey(selector, term.slice(1).trim()),
      op: 'doesnotexist',
    };
  }
  if (/[\s=!()]/.test(term)) invalid(selector, `cannot parse '${term}'`);
  return { key: checkKey(selector, term), op: 'exists' };
}

/**
 * Parses a selector; throws `InputError` naming the faulty part. An empty selector is
 * rejected: for an annotation, "match every app" is never what was meant.
 */
export function parseLabelSelector(selector: string): LabelSelector {
  if (selector.trim() === '') invalid(selector, 'it is empty');
  return splitTerms(selector).map(term => parseTerm(selector, term));
}

/** Kubernetes semantics: `notin` and `!=` also match when the key is absent. */
export function matchesLabels(
  labels: Record<string, string>,
  selector: LabelSelector,
): boolean {
  return selector.every(req => {
    const has = Object.prototype.hasOwnProperty.call(labels, req.key);
    switch (req.op) {
      case 'exists':
        return has;
      case 'doesnotexist':
        return !has;
      case 'in':
        return has && req.values.includes(labels[req.key]);
      case 'notin':
        return !has || !req.values.includes(labels[req.key]);
      default:
        return false;
    }
  });
}
