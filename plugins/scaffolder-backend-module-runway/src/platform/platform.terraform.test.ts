import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  readRendered,
  renderPlatformSets,
  type RenderedPlatform,
} from './__testUtils__/render';
import {
  META_ARGUMENTS,
  isLocalSource,
  readTerraform,
  references,
  type TerraformDir,
} from './__testUtils__/terraform';
import type { PlatformSetName } from './__testUtils__/parameterSets';

jest.setTimeout(60_000);

const ENVS = ['dev', 'staging', 'prod'] as const;

// No terraform binary: HashiCorp's HCL parser (@cdktf/hcl2json) reads every file, and names
// are cross-checked the way `terraform validate` would for the local modules.
describe('aws-platform template: Terraform', () => {
  let sets: Record<PlatformSetName, RenderedPlatform>;
  let tf: Map<PlatformSetName, Map<string, TerraformDir>>;
  beforeAll(async () => {
    sets = await renderPlatformSets();
    tf = new Map();
    for (const [name, set] of Object.entries(sets) as [
      PlatformSetName,
      RenderedPlatform,
    ][])
      tf.set(name, await readTerraform(set));
  });
  const every = () => tf.get('everyEnvironment')!;
  const root = (env: string) => every().get(`terraform/environments/${env}`)!;
  const module = (name: string) => every().get(`terraform/modules/${name}`)!;

  it("every .tf file is accepted by HashiCorp's HCL parser", () => {
    // readTerraform throws the parser's diagnostics (file:line,col) on a malformed file
    expect(every().size).toBe(2 + 3 + 9);
    expect(tf.get('devOnly')!.size).toBe(2 + 1 + 9);
    const tfFiles = sets.everyEnvironment.files.filter(f => f.endsWith('.tf'));
    expect(tfFiles.length).toBe(55);
  });

  it('each local module call passes every required variable and only declared ones', () => {
    let calls = 0;
    for (const dirs of tf.values()) {
      for (const d of dirs.values()) {
        for (const [name, call] of d.modules) {
          if (!isLocalSource(call.source)) continue;
          const target = dirs.get(path.join(d.dir, call.source));
          expect({ call: `${d.dir}:${name}`, exists: !!target }).toEqual({
            call: `${d.dir}:${name}`,
            exists: true,
          });
          const passed = Object.keys(call).filter(k => !META_ARGUMENTS.has(k));
          const required = [...target!.variables]
            .filter(([, v]) => v.required)
            .map(([k]) => k);
          expect({
            call: `${d.dir}:${name}`,
            missing: required.filter(r => !passed.includes(r)),
            undeclared: passed.filter(p => !target!.variables.has(p)),
          }).toEqual({ call: `${d.dir}:${name}`, missing: [], undeclared: [] });
          calls++;
        }
      }
    }
    // 3 account modules per set; 6 per environment root: 3+18, 3+6, 3+12
    expect(calls).toBe(21 + 9 + 15);
  });

  it('every module output, variable, local, data source and resource referenced exists', () => {
    for (const dirs of tf.values()) {
      for (const d of dirs.values()) {
        const text = d.expressions.join('\n');
        const problems: string[] = [];
        for (const v of references(text, 'var'))
          if (!d.variables.has(v.split('.')[0])) problems.push(`var.${v}`);
        for (const l of references(text, 'local'))
          if (!d.locals.has(l.split('.')[0])) problems.push(`local.${l}`);
        for (const r of references(text, 'data'))
          if (!d.data.has(r)) problems.push(`data.${r}`);
        for (const m of text.matchAll(
          /(?<![A-Za-z0-9_.])(aws_[a-z0-9_]+)\.([a-z0-9_]+)/g,
        ))
          if (!d.resources.has(`${m[1]}.${m[2]}`))
            problems.push(`${m[1]}.${m[2]}`);
        for (const ref of references(text, 'module')) {
          const [name, output] = ref.split('.');
          const call = d.modules.get(name);
          if (!call) {
            problems.push(`module.${ref} (no such module)`);
            continue;
          }
          // community modules' outputs are theirs; a local module must declare it
          if (!isLocalSource(call.source)) continue;
          const target = dirs.get(path.join(d.dir, call.source));
          if (!output || !target?.outputs.has(output))
            problems.push(`module.${ref}`);
        }
        expect({ dir: d.dir, problems }).toEqual({ dir: d.dir, problems: [] });
      }
    }
  });

  it('pins every community module to an exact version, and the provider', () => {
    const sources = new Map<string, string>();
    for (const d of every().values()) {
      for (const call of d.modules.values()) {
        if (isLocalSource(call.source)) continue;
        expect(call.source).toMatch(/^terraform-aws-modules\//);
        expect({ source: call.source, version: call.version }).toEqual({
          source: call.source,
          version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
        });
        sources.set(call.source, call.version);
      }
      for (const t of d.terraform)
        for (const rp of t.required_providers ?? [])
          expect(rp.aws).toMatchObject({
            source: 'hashicorp/aws',
            version: '~> 5.95',
          });
    }
    expect(Object.fromEntries(sources)).toEqual({
      'terraform-aws-modules/vpc/aws': '5.21.0',
      'terraform-aws-modules/kms/aws': '3.1.1',
      'terraform-aws-modules/eks/aws': '20.37.1',
      'terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks':
        '5.55.0',
      'terraform-aws-modules/acm/aws': '5.1.1',
      'terraform-aws-modules/cloudfront/aws': '4.1.0',
      'terraform-aws-modules/rds/aws': '6.10.0',
      'terraform-aws-modules/s3-bucket/aws': '4.6.0',
    });
  });

  it('keeps state in the bootstrap bucket with DynamoDB locking, one key per root', () => {
    const bootstrap = every().get('terraform/bootstrap')!;
    expect(bootstrap.terraform.some(t => t.backend)).toBe(false);
    const bucket = bootstrap.modules.get('state_bucket')!;
    expect(bucket.bucket).toBe('runway-tfstate-123456789012');
    expect(bucket.versioning).toEqual({ enabled: true });
    expect(bootstrap.resources.has('aws_dynamodb_table.lock')).toBe(true);
    const keys = new Set<string>();
    for (const env of ['account', ...ENVS]) {
      const backend = root(env).terraform.find(t => t.backend)!.backend.s3[0];
      expect(backend).toEqual({
        bucket: bucket.bucket,
        key: `platform/${env}/terraform.tfstate`,
        region: 'eu-west-1',
        dynamodb_table: 'runway-tflock',
        encrypt: true,
      });
      keys.add(backend.key);
    }
    expect(keys.size).toBe(4);
  });

  it('sizes each environment: dev small in one AZ, staging multi-AZ, prod HA with enhanced monitoring and cross-region backup copies', () => {
    const call = (env: string, name: string) => root(env).modules.get(name)!;
    expect(call('dev', 'network').nat_gateway_per_az).toBe(false);
    expect(call('dev', 'eks').node_subnet_ids).toEqual([
      '${module.network.private_subnet_ids[0]}',
    ]);
    expect(call('dev', 'data')).toMatchObject({
      high_availability: false,
      enhanced_monitoring: false,
    });
    for (const env of ['staging', 'prod']) {
      expect(call(env, 'network').nat_gateway_per_az).toBe(true);
      expect(call(env, 'eks').node_subnet_ids).toBe(
        '${module.network.private_subnet_ids}',
      );
      expect(call(env, 'data').high_availability).toBe(true);
    }
    expect(call('staging', 'data').enhanced_monitoring).toBe(false);
    expect(call('prod', 'data').enhanced_monitoring).toBe(true);
    expect(call('prod', 'eks').teams_can_edit).toBe(false);
    expect(ENVS.map(env => call(env, 'backup').cross_region_copy)).toEqual([
      false,
      false,
      true,
    ]);
    for (const env of ENVS) expect(call(env, 'backup').retention_days).toBe(30);
    // the copy provider points at the chosen backup region
    expect(
      root('prod').providers.find(p => p.alias === 'backup_copy')?.region,
    ).toBe('eu-central-1');
    // the VPC spans three AZs in every environment (EKS needs two for its control plane)
    const vpc = module('network').modules.get('vpc')!;
    expect(vpc.public_subnets).toMatch(/range\(3\)/);
    expect(vpc.private_subnets).toMatch(/range\(3\)/);
    expect(vpc.enable_flow_log).toBe(true);
    expect(module('network').expressions.join('\n')).toContain(
      'slice(data.aws_availability_zones.available.names, 0, 3)',
    );
  });

  it('backs up daily for 30 days with a copy action and tests restores weekly', () => {
    const backup = module('backup');
    expect(backup.resources).toEqual(
      new Set([
        'aws_backup_vault.this',
        'aws_backup_vault.copy',
        'aws_backup_plan.daily',
        'aws_iam_role.backup',
        'aws_iam_role_policy_attachment.backup',
        'aws_backup_selection.tagged',
        'aws_backup_restore_testing_plan.weekly',
        'aws_backup_restore_testing_selection.rds',
      ]),
    );
    const text = backup.expressions.join('\n');
    expect(text).toContain('cron(0 3 * * ? *)');
    expect(text).toContain('LATEST_WITHIN_WINDOW');
    // the data module tags what the selection picks
    expect(module('data').locals.has('tags')).toBe(true);
    expect(module('data').expressions).toContain(
      '${merge(var.tags, { backup = "daily" })}',
    );
  });

  it('turns on the account guard rails: CloudTrail, Config with a conformance pack, Security Hub FSBP and CIS, tags and budgets', async () => {
    const audit = module('audit');
    for (const r of [
      'aws_cloudtrail.this',
      'aws_kms_key.audit',
      'aws_config_configuration_recorder.this',
      'aws_config_delivery_channel.this',
      'aws_config_configuration_recorder_status.this',
      'aws_config_conformance_pack.platform',
      'aws_securityhub_account.this',
      'aws_securityhub_standards_subscription.fsbp',
      'aws_securityhub_standards_subscription.cis',
    ])
      expect(audit.resources).toContain(r);
    const text = audit.expressions.join('\n');
    expect(text).toContain(
      'standards/aws-foundational-security-best-practices/v/1.0.0',
    );
    expect(text).toContain('standards/cis-aws-foundations-benchmark/v/1.4.0');
    // the conformance pack template is the CloudFormation-shaped YAML AWS Config takes
    const pack = parseYaml(
      await readRendered(
        sets.everyEnvironment,
        'terraform/modules/audit/conformance-pack.yaml',
      ),
    );
    const rules = Object.values<any>(pack.Resources);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    for (const rule of rules) {
      expect(rule.Type).toBe('AWS::Config::ConfigRule');
      expect(rule.Properties.Source).toEqual({
        Owner: 'AWS',
        SourceIdentifier: expect.stringMatching(/^[A-Z0-9_]+$/),
      });
    }
    const cost = module('cost');
    expect(cost.resources).toEqual(
      new Set(['aws_ce_cost_allocation_tag.this', 'aws_budgets_budget.team']),
    );
    const account = root('account').modules.get('cost')!;
    expect(account.team_budgets).toEqual({
      'team-checkout': 4000,
      'team-payments': 3000,
      'team-catalog': 2500,
    });
    // the tags activated are the tags every root sets by default
    const activated = cost.variables.get('cost_allocation_tags')!;
    expect(activated.required).toBe(false);
    for (const env of ENVS) {
      const tags = root(env).expressions;
      expect(root(env).providers[0].default_tags).toEqual([
        { tags: '${local.tags}' },
      ]);
      expect(tags).toContain(env);
    }
  });

  it('names the IRSA roles and the reader role as gitops/addons and the catalog expect them', () => {
    const irsa = module('eks').modules;
    expect(irsa.get('aws_load_balancer_controller_irsa')!.role_name).toBe(
      '${var.cluster_name}-aws-load-balancer-controller',
    );
    expect(irsa.get('external_secrets_irsa')!.role_name).toBe(
      '${var.cluster_name}-external-secrets',
    );
    for (const env of ENVS) {
      const eks = root(env).modules.get('eks')!;
      expect(eks.cluster_name).toBe('${local.name}');
      expect(root(env).expressions).toContain(`runway-${env}`);
      expect(eks.reader_role_arn).toBe(
        'arn:aws:iam::123456789012:role/runway-eks-reader',
      );
    }
    expect(module('access').expressions).toContain('${var.name}-eks-reader');
    expect(module('eks').expressions.join('\n')).toContain(
      'cluster-access-policy/AmazonEKSViewPolicy',
    );
  });
});
