import fs from 'fs';
import path from 'path';
import { parse, stringify } from 'yaml';

class SubsetRenderer {
  private readonly defines = new Map<string, string>();

  constructor(private readonly scope: object) {}

  addDefines(source: string) {
    for (const m of source.matchAll(
      /\{\{define "([^"]+)"\}\}([\s\S]*?)\{\{end\}\}/g,
    )) {
      this.defines.set(m[1], m[2]);
    }
  }

  render(template: string): string {
    return template.replace(/\{\{(.*?)\}\}/g, (_, expr: string) =>
      this.evaluate(expr.trim()),
    );
  }

  private evaluate(expr: string): string {
    const [head, ...pipes] = expr.split('|').map(s => s.trim());
    let value: unknown;
    const include = head.match(/^include "([^"]+)" \.$/);
    const toYaml = head.match(/^toYaml (\S+)$/);
    if (include) {
      const body = this.defines.get(include[1]);
      if (body === undefined)
        throw new Error(`undefined template "${include[1]}"`);
      value = this.render(body);
    } else if (toYaml) {
      value = stringify(this.lookup(toYaml[1])).trimEnd();
    } else {
      value = this.lookup(head);
    }
    for (const pipe of pipes) {
      const [fn, arg] = pipe.split(/\s+/);
      if (fn === 'quote') value = JSON.stringify(String(value));
      else if (fn === 'toYaml') value = stringify(value).trimEnd();
      else if (fn === 'nindent') {
        const pad = ' '.repeat(Number(arg));
        value = `\n${String(value)
          .split('\n')
          .map(l => pad + l)
          .join('\n')}`;
      } else
        throw new Error(
          `unsupported template function "${fn}" in {{ ${expr} }}`,
        );
    }
    return String(value);
  }

  private lookup(ref: string): unknown {
    if (!/^(\.[A-Za-z]\w*)+$/.test(ref))
      throw new Error(`unsupported template expression "${ref}"`);
    let node: any = this.scope;
    for (const key of ref.slice(1).split('.')) {
      node = node?.[key];
      if (node === undefined) throw new Error(`value ${ref} is not set`);
    }
    return node;
  }
}

/**
 * Renders Runway's Helm chart for the tests, since no `helm` binary can be had here.
 * It implements only the template subset the chart uses (`define`/`include`, value
 * paths, `quote`, `toYaml`, `nindent`, whitespace trimming) and throws on anything
 * else, so a template that strays outside it fails the test instead of passing unchecked.
 * A missing value throws too, as `helm template` with `required` would.
 */
export function renderChart(
  chartDir: string,
  release = { Name: 'runway', Namespace: 'runway' },
): Map<string, string> {
  const chart = parse(
    fs.readFileSync(path.join(chartDir, 'Chart.yaml'), 'utf8'),
  );
  const values = parse(
    fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8'),
  );
  const scope = {
    Values: values,
    Release: release,
    Chart: {
      Name: chart.name,
      Version: chart.version,
      AppVersion: chart.appVersion,
    },
  };
  const templatesDir = path.join(chartDir, 'templates');
  const files = fs.readdirSync(templatesDir).sort();
  const renderer = new SubsetRenderer(scope);
  for (const file of files.filter(f => f.endsWith('.tpl'))) {
    renderer.addDefines(
      trim(fs.readFileSync(path.join(templatesDir, file), 'utf8')),
    );
  }

  const out = new Map<string, string>();
  for (const file of files.filter(f => f.endsWith('.yaml'))) {
    out.set(
      file,
      renderer.render(
        trim(fs.readFileSync(path.join(templatesDir, file), 'utf8')),
      ),
    );
  }
  return out;
}

/** Applies Go template whitespace trimming and normalises `{{ x }}` to `{{x}}`. */
function trim(source: string): string {
  return source
    .replace(/\s*\{\{-\s*/g, '{{')
    .replace(/\s*-\}\}\s*/g, '}}')
    .replace(/\{\{\s+/g, '{{')
    .replace(/\s+\}\}/g, '}}');
}
