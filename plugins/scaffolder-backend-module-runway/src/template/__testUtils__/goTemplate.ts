import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

/**
 * A Go text/template interpreter for the subset the symfony-service chart's workload,
 * Service, HPA, Ingress and ConfigMap templates use, with Helm's functions among them
 * (include, default, trunc, trimSuffix, quote, nindent, toYaml, printf, print, eq, ne,
 * not, sha256sum), since no `helm` binary can be had here. Anything outside the subset
 * throws, so a template that strays from it fails the test instead of rendering wrongly.
 */

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: string }
  | { kind: 'if'; cond: string; then: Node[]; else: Node[] }
  | { kind: 'range'; key: string; value: string; over: string; body: Node[] };

type Scope = { dot: unknown; root: unknown; vars: Record<string, unknown> };

export class GoTemplates {
  private readonly templates = new Map<string, Node[]>();

  /** Adds a file's `define`s, and the file itself under `name`. */
  add(name: string, source: string) {
    const tokens = tokenize(source);
    const top: Node[] = [];
    const stack: Array<{ nodes: Node[]; close: (n: Node[]) => void }> = [];
    let nodes = top;
    let defineName: string | undefined;
    let defineBody: Node[] = [];
    for (const token of tokens) {
      if (token.text !== undefined) {
        nodes.push({ kind: 'text', text: token.text });
        continue;
      }
      const action = token.action!;
      const define = /^define "([^"]+)"$/.exec(action);
      const ifMatch = /^if (.+)$/.exec(action);
      const range = /^range \$(\w+), \$(\w+) := (.+)$/.exec(action);
      if (action.startsWith('/*')) continue;
      if (define) {
        if (defineName) throw new Error('nested define');
        defineName = define[1];
        defineBody = [];
        stack.push({ nodes, close: () => undefined });
        nodes = defineBody;
      } else if (ifMatch) {
        const node: Node = { kind: 'if', cond: ifMatch[1], then: [], else: [] };
        nodes.push(node);
        stack.push({ nodes, close: () => undefined });
        nodes = node.then;
      } else if (range) {
        const node: Node = {
          kind: 'range',
          key: range[1],
          value: range[2],
          over: range[3],
          body: [],
        };
        nodes.push(node);
        stack.push({ nodes, close: () => undefined });
        nodes = node.body;
      } else if (action === 'else') {
        const parent = stack[stack.length - 1]?.nodes;
        const node = parent?.[parent.length - 1];
        if (node?.kind !== 'if' || nodes !== node.then)
          throw new Error('else outside if');
        nodes = node.else;
      } else if (action === 'end') {
        const frame = stack.pop();
        if (!frame) throw new Error(`unbalanced end in ${name}`);
        if (defineName && stack.length === 0) {
          this.templates.set(defineName, defineBody);
          defineName = undefined;
        }
        nodes = frame.nodes;
      } else {
        nodes.push({ kind: 'action', pipeline: action });
      }
    }
    if (stack.length) throw new Error(`unclosed block in ${name}`);
    this.templates.set(name, top);
  }

  /** Renders a template or file added before with `data` as `.` and `$`. */
  render(name: string, data: unknown): string {
    return this.execute(name, { dot: data, root: data, vars: {} });
  }

  private execute(name: string, scope: Scope): string {
    const nodes = this.templates.get(name);
    if (!nodes) throw new Error(`no template "${name}"`);
    return this.run(nodes, scope);
  }

  private run(nodes: Node[], scope: Scope): string {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.text;
      else if (node.kind === 'action') {
        const value = this.pipeline(node.pipeline, scope);
        if (value === undefined || value === null)
          throw new Error(`{{ ${node.pipeline} }} has no value`);
        out += typeof value === 'object' ? stringify(value) : String(value);
      } else if (node.kind === 'if') {
        out += this.run(
          truthy(this.pipeline(node.cond, scope)) ? node.then : node.else,
          scope,
        );
      } else {
        const over = this.pipeline(node.over, scope) ?? {};
        if (typeof over !== 'object') throw new Error('range over non-map');
        // Go ranges over a map's keys in sorted order
        for (const key of Object.keys(over).sort()) {
          out += this.run(node.body, {
            ...scope,
            vars: {
              ...scope.vars,
              [node.key]: key,
              [node.value]: (over as Record<string, unknown>)[key],
            },
          });
        }
      }
    }
    return out;
  }

  private pipeline(source: string, scope: Scope): unknown {
    let piped: { value: unknown } | undefined;
    for (const command of splitTopLevel(source, '|')) {
      piped = { value: this.command(command.trim(), scope, piped) };
    }
    return piped?.value;
  }

  private command(
    source: string,
    scope: Scope,
    piped?: { value: unknown },
  ): unknown {
    const words = splitTopLevel(source, ' ').filter(w => w !== '');
    const [head, ...rest] = words;
    if (/^[a-zA-Z]\w*$/.test(head)) {
      const args = rest.map(w => this.operand(w, scope));
      if (piped) args.push(piped.value);
      return this.call(head, args, scope);
    }
    if (rest.length || piped)
      throw new Error(`cannot apply arguments to ${head}`);
    return this.operand(head, scope);
  }

  private operand(word: string, scope: Scope): unknown {
    if (word.startsWith('"')) return JSON.parse(word);
    if (/^-?\d+$/.test(word)) return Number(word);
    if (word.startsWith('(')) return this.pipeline(word.slice(1, -1), scope);
    const path = /^(\$\w*|)((?:\.[A-Za-z_]\w*)*|\.)$/.exec(word);
    if (!path) throw new Error(`unsupported operand "${word}"`);
    let node: any;
    if (path[1] === '') node = scope.dot;
    else if (path[1] === '$') node = scope.root;
    else if (path[1].slice(1) in scope.vars)
      node = scope.vars[path[1].slice(1)];
    else throw new Error(`undefined variable ${path[1]}`);
    if (path[2] === '.' || path[2] === '') return node;
    for (const key of path[2].slice(1).split('.')) node = node?.[key];
    return node;
  }

  private call(fn: string, args: unknown[], scope: Scope): unknown {
    const str = (i: number) => {
      if (typeof args[i] !== 'string' && typeof args[i] !== 'number')
        throw new Error(`${fn}: argument ${i} is ${typeof args[i]}`);
      return String(args[i]);
    };
    switch (fn) {
      case 'include':
        return this.execute(str(0), { ...scope, dot: args[1], vars: {} });
      case 'default':
        return truthy(args[1]) ? args[1] : args[0];
      case 'trunc':
        return str(1).slice(0, Number(args[0]));
      case 'trimSuffix':
        return str(1).endsWith(str(0))
          ? str(1).slice(0, -str(0).length)
          : str(1);
      case 'quote':
        return JSON.stringify(String(args[0] ?? ''));
      case 'nindent': {
        const pad = ' '.repeat(Number(args[0]));
        return `\n${str(1)
          .split('\n')
          .map(l => pad + l)
          .join('\n')}`;
      }
      case 'toYaml':
        return stringify(args[0]).replace(/\n$/, '');
      case 'printf': {
        const values = args.slice(1);
        return str(0).replace(/%(.)/g, (_, verb: string) => {
          if (verb !== 's') throw new Error(`printf verb %${verb}`);
          return String(values.shift());
        });
      }
      case 'print':
        return args.map(a => String(a)).join('');
      case 'eq':
        return args[0] === args[1];
      case 'ne':
        return args[0] !== args[1];
      case 'not':
        return !truthy(args[0]);
      case 'sha256sum':
        return createHash('sha256').update(str(0)).digest('hex');
      default:
        throw new Error(`unsupported template function "${fn}"`);
    }
  }
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Splits on `sep` outside quotes and parentheses. */
function splitTopLevel(source: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of source) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    if (ch === sep && depth === 0 && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Text and actions, with `{{-` / `-}}` trimming the whitespace beside them. */
function tokenize(source: string): Array<{ text?: string; action?: string }> {
  const tokens: Array<{ text?: string; action?: string }> = [];
  const re = /\{\{(-\s)?\s*([\s\S]*?)\s*(\s-)?\}\}/g;
  let last = 0;
  let trimNext = false;
  for (const m of source.matchAll(re)) {
    let text = source.slice(last, m.index);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (m[1]) text = text.replace(/\s+$/, '');
    if (text) tokens.push({ text });
    tokens.push({ action: m[2] });
    trimNext = Boolean(m[3]);
    last = m.index! + m[0].length;
  }
  let tail = source.slice(last);
  if (trimNext) tail = tail.replace(/^\s+/, '');
  if (tail) tokens.push({ text: tail });
  return tokens;
}
