import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { readText, type RenderedSet } from './renderSets';

/**
 * The Terraform is read with `@cdktf/hcl2json`, HashiCorp's own HCL parser compiled to
 * WebAssembly: it rejects anything Terraform's parser would. Its JSON (blocks keyed by
 * label, each block an array of bodies, expressions as "${...}" strings) is turned into a
 * list of blocks so the tests can cross-check names like `terraform validate` would.
 */
export type HclBody = {
  attributes: Record<string, unknown>;
  blocks: HclBlock[];
};
export type HclBlock = { type: string; labels: string[]; body: HclBody };

/** How many labels each top-level block type takes (Terraform's configuration language). */
const LABELS: Record<string, number> = {
  resource: 2,
  data: 2,
  module: 1,
  variable: 1,
  output: 1,
  provider: 1,
  locals: 0,
  terraform: 0,
};
/** Nested blocks that take a label (everything else nested is unlabelled). */
const NESTED_LABELS: Record<string, number> = { backend: 1 };

type Json = Record<string, unknown>;
const isBodyList = (v: unknown): v is Json[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(x => typeof x === 'object' && x !== null && !Array.isArray(x));

function unlabel(
  type: string,
  value: unknown,
  depth: number,
  labels: string[] = [],
): HclBlock[] {
  if (depth === 0) {
    if (!isBodyList(value))
      throw new Error(`${type} ${labels.join('.')}: not a block body`);
    return value.map(b => ({ type, labels, body: toBody(b) }));
  }
  return Object.entries(value as Json).flatMap(([label, inner]) =>
    unlabel(type, inner, depth - 1, [...labels, label]),
  );
}

function toBody(json: Json): HclBody {
  const body: HclBody = { attributes: {}, blocks: [] };
  for (const [key, value] of Object.entries(json)) {
    if (key in NESTED_LABELS)
      body.blocks.push(...unlabel(key, value, NESTED_LABELS[key]));
    else if (isBodyList(value)) body.blocks.push(...unlabel(key, value, 0));
    else body.attributes[key] = value;
  }
  return body;
}

/** Parses one file with HashiCorp's parser; throws its diagnostics on malformed HCL. */
export async function parseTerraform(
  file: string,
  src: string,
): Promise<HclBlock[]> {
  const json: Json = await parse(file, src);
  return Object.entries(json).flatMap(([type, value]) => {
    if (!(type in LABELS)) throw new Error(`${file}: unknown block "${type}"`);
    return unlabel(type, value, LABELS[type]);
  });
}

/** Every string in a parsed value (expressions are "${...}" strings in hcl2json's JSON). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(allStrings);
  return [];
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

/** One Terraform directory (a module or an environment root). */
export type TerraformDir = {
  dir: string;
  blocks: HclBlock[];
  /** every string value, nested blocks included: the expressions to resolve names in */
  expressions: string[];
};

export async function readTerraformDirs(
  set: RenderedSet,
): Promise<Map<string, TerraformDir>> {
  const dirs = new Map<string, TerraformDir>();
  for (const file of set.files.filter(
    f => f.startsWith('terraform/') && f.endsWith('.tf'),
  )) {
    const dir = path.dirname(file);
    const blocks = await parseTerraform(file, await readText(set, file));
    const entry = dirs.get(dir) ?? { dir, blocks: [], expressions: [] };
    entry.blocks.push(...blocks);
    const bodies = (b: HclBlock): unknown[] => [
      b.body.attributes,
      ...b.body.blocks.flatMap(bodies),
    ];
    entry.expressions.push(...allStrings(blocks.flatMap(bodies)));
    dirs.set(dir, entry);
  }
  return dirs;
}

export const blocksOf = (d: TerraformDir, type: string) =>
  d.blocks.filter(b => b.type === type);
export const labelsOf = (d: TerraformDir, type: string) =>
  new Set(blocksOf(d, type).map(b => b.labels.join('.')));

/** AWS resources that take no tags argument (the provider's default_tags cannot reach them either). */
export const UNTAGGABLE = new Set([
  'aws_ecr_lifecycle_policy',
  'aws_cloudwatch_log_metric_filter',
  'aws_iam_role_policy',
  'aws_s3_bucket_versioning',
  'aws_s3_bucket_server_side_encryption_configuration',
  'aws_s3_bucket_public_access_block',
  'aws_s3_bucket_ownership_controls',
  'aws_s3_bucket_lifecycle_configuration',
]);
