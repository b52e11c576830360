import path from 'node:path';
import { allExpressions, parseHcl, type HclBlock } from './hcl';
import { readText, type RenderedSet } from './renderSets';

/** One Terraform directory (a module or an environment root), read with the HCL reader. */
export type TerraformDir = {
  dir: string;
  blocks: HclBlock[];
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
    let body;
    try {
      body = parseHcl(await readText(set, file));
    } catch (e) {
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    const entry = dirs.get(dir) ?? { dir, blocks: [], expressions: [] };
    entry.blocks.push(...body.blocks);
    entry.expressions.push(...allExpressions(body));
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
