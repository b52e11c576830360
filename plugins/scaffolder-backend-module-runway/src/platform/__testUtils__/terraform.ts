import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { readRendered, type RenderedPlatform } from './render';

type Json = Record<string, any>;

/**
 * One Terraform directory (a module or a root) as HashiCorp's HCL parser (`@cdktf/hcl2json`)
 * reads it: blocks keyed by label, each block a list of bodies, expressions as "${...}".
 */
export type TerraformDir = {
  dir: string;
  variables: Map<string, { required: boolean }>;
  outputs: Set<string>;
  locals: Set<string>;
  /** "type.name" */
  resources: Set<string>;
  data: Set<string>;
  modules: Map<string, Json>;
  providers: Json[];
  terraform: Json[];
  /** every string anywhere in the directory: the expressions to resolve names in */
  expressions: string[];
};

const strings = (v: unknown): string[] => {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
};

const labelled2 = (json: Json | undefined) =>
  Object.entries(json ?? {}).flatMap(([type, byName]) =>
    Object.keys(byName as Json).map(name => `${type}.${name}`),
  );

/** Parses every .tf under terraform/ of a rendered set; throws the parser's diagnostics. */
export async function readTerraform(
  set: RenderedPlatform,
): Promise<Map<string, TerraformDir>> {
  const dirs = new Map<string, TerraformDir>();
  for (const file of set.files.filter(f => f.endsWith('.tf'))) {
    const json: Json = await parse(file, await readRendered(set, file));
    const dir = path.dirname(file);
    const d: TerraformDir = dirs.get(dir) ?? {
      dir,
      variables: new Map(),
      outputs: new Set(),
      locals: new Set(),
      resources: new Set(),
      data: new Set(),
      modules: new Map(),
      providers: [],
      terraform: [],
      expressions: [],
    };
    for (const [name, [body]] of Object.entries<Json[]>(json.variable ?? {}))
      d.variables.set(name, { required: !('default' in body) });
    for (const name of Object.keys(json.output ?? {})) d.outputs.add(name);
    for (const body of json.locals ?? [])
      for (const name of Object.keys(body)) d.locals.add(name);
    for (const r of labelled2(json.resource)) d.resources.add(r);
    for (const r of labelled2(json.data)) d.data.add(r);
    for (const [name, [body]] of Object.entries<Json[]>(json.module ?? {}))
      d.modules.set(name, body);
    for (const [name, bodies] of Object.entries<Json[]>(json.provider ?? {}))
      d.providers.push(...bodies.map(b => ({ name, ...b })));
    d.terraform.push(...(json.terraform ?? []));
    d.expressions.push(...strings(json));
    dirs.set(dir, d);
  }
  return dirs;
}

/** Names referenced as `<prefix>.<name>[.<attr>]` in expression text (var, local, module, data). */
export function references(text: string, prefix: string): string[] {
  const re = new RegExp(
    `(?<![A-Za-z0-9_.])${prefix}\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\.([A-Za-z_][A-Za-z0-9_-]*))?`,
    'g',
  );
  return [...text.matchAll(re)].map(m => (m[2] ? `${m[1]}.${m[2]}` : m[1]));
}

/** Module call arguments that are Terraform meta-arguments, not module variables. */
export const META_ARGUMENTS = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);

export const isLocalSource = (source: string) => source.startsWith('../');
