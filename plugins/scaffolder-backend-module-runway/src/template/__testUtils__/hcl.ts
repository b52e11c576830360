/**
 * A small reader for the HCL subset the template writes (blocks, attributes, strings with
 * ${} interpolation, comments), so the Terraform can be checked structurally without a
 * terraform binary or an HCL package. It throws, with the line, on anything unbalanced.
 */
export type HclBlock = {
  type: string;
  labels: string[];
  body: HclBody;
  line: number;
};
export type HclBody = {
  attributes: Record<string, string>;
  blocks: HclBlock[];
};

type Token = {
  kind: 'ident' | 'string' | 'punct' | 'newline' | 'other';
  text: string;
  line: number;
};

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  const fail = (msg: string): never => {
    throw new Error(`HCL line ${line}: ${msg}`);
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      tokens.push({ kind: 'newline', text: '\n', line });
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '#' || (c === '/' && src[i + 1] === '/')) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated /* comment');
      line += src.slice(i, end).split('\n').length - 1;
      i = end + 2;
    } else if (c === '"') {
      const start = line;
      let j = i + 1;
      let depth = 0; // inside ${ } the string may contain braces and nested strings
      let inner = false;
      for (; j < src.length; j++) {
        const d = src[j];
        if (d === '\n' && depth === 0) fail('newline inside a string');
        if (d === '\\') {
          j++;
        } else if (d === '$' && src[j + 1] === '{') {
          depth++;
          j++;
        } else if (depth > 0 && d === '"') {
          inner = !inner;
        } else if (depth > 0 && !inner && d === '}') {
          depth--;
        } else if (depth === 0 && d === '"') {
          break;
        }
      }
      if (j >= src.length) fail('unterminated string');
      tokens.push({ kind: 'string', text: src.slice(i + 1, j), line: start });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      for (;;) {
        if (j < src.length && /[A-Za-z0-9_\-.]/.test(src[j])) j++;
        else if (/^\[\d+\]/.test(src.slice(j, j + 12)))
          j = src.indexOf(']', j) + 1; // index: this[0]
        else break;
      }
      tokens.push({ kind: 'ident', text: src.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i;
      while (j < src.length && /[0-9.]/.test(src[j])) j++;
      tokens.push({ kind: 'other', text: src.slice(i, j), line });
      i = j;
    } else if ('{}[]()=,'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, line });
      i++;
    } else {
      tokens.push({ kind: 'other', text: c, line });
      i++;
    }
  }
  return tokens;
}

const CLOSE: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

export function parseHcl(src: string): HclBody {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const skipNewlines = () => {
    while (peek()?.kind === 'newline') pos++;
  };

  function expression(): string {
    const stack: string[] = [];
    const parts: string[] = [];
    while (pos < tokens.length) {
      const t = peek();
      if (t.kind === 'newline' && stack.length === 0) break;
      if (t.text === '}' && t.kind === 'punct' && stack.length === 0) break;
      if (t.kind === 'punct' && CLOSE[t.text]) stack.push(CLOSE[t.text]);
      else if (t.kind === 'punct' && '}])'.includes(t.text)) {
        const expected = stack.pop();
        if (expected !== t.text)
          throw new Error(`HCL line ${t.line}: unexpected "${t.text}"`);
      }
      parts.push(t.kind === 'string' ? `"${t.text}"` : t.text);
      pos++;
    }
    if (stack.length)
      throw new Error(`HCL: unclosed "${stack.join('')}" in an expression`);
    return parts.join(' ');
  }

  function body(closing: boolean): HclBody {
    const result: HclBody = { attributes: {}, blocks: [] };
    for (;;) {
      skipNewlines();
      const t = peek();
      if (!t) {
        if (closing) throw new Error('HCL: a block is not closed');
        return result;
      }
      if (t.kind === 'punct' && t.text === '}') {
        if (!closing)
          throw new Error(`HCL line ${t.line}: "}" without a block`);
        pos++;
        return result;
      }
      if (t.kind !== 'ident')
        throw new Error(`HCL line ${t.line}: expected a name, got "${t.text}"`);
      pos++;
      if (peek()?.text === '=') {
        pos++;
        if (t.text in result.attributes)
          throw new Error(
            `HCL line ${t.line}: attribute "${t.text}" set twice`,
          );
        result.attributes[t.text] = expression();
        continue;
      }
      const labels: string[] = [];
      while (peek() && (peek().kind === 'string' || peek().kind === 'ident'))
        labels.push(tokens[pos++].text);
      if (peek()?.text !== '{')
        throw new Error(
          `HCL line ${t.line}: "${t.text}" is neither an attribute nor a block`,
        );
      pos++;
      result.blocks.push({
        type: t.text,
        labels,
        body: body(true),
        line: t.line,
      });
    }
  }

  return body(false);
}

/** Names referenced as `<prefix>.<name>` (var, local, module.x.y ...) in an expression text. */
export function references(expression: string, prefix: string): string[] {
  const re = new RegExp(
    `(?<![A-Za-z0-9_.])${prefix.replace(
      '.',
      '\\.',
    )}\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\.([A-Za-z_][A-Za-z0-9_-]*))?`,
    'g',
  );
  return [...expression.matchAll(re)].map(m =>
    m[2] ? `${m[1]}.${m[2]}` : m[1],
  );
}

/** Every attribute expression in a body, its nested blocks included. */
export function allExpressions(b: HclBody): string[] {
  return [
    ...Object.values(b.attributes),
    ...b.blocks.flatMap(block => allExpressions(block.body)),
  ];
}
