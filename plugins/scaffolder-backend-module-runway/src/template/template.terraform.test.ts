import path from 'node:path';
import { parameterSets } from './__testUtils__/parameterSets';
import { renderAllSets } from './__testUtils__/renderSets';
import {
  UNTAGGABLE,
  blocksOf,
  labelsOf,
  readTerraformDirs,
  references,
  type TerraformDir,
} from './__testUtils__/terraformModel';

jest.setTimeout(60_000);

// No terraform binary is installed: the files are parsed by HashiCorp's HCL parser
// (`@cdktf/hcl2json`, WebAssembly) and cross-checked like `terraform validate` would for
// names: module inputs, outputs, variables, locals and resource references.
describe('symfony-service template: Terraform', () => {
  let dirsBySet: Map<string, Map<string, TerraformDir>>;
  beforeAll(async () => {
    const sets = await renderAllSets();
    dirsBySet = new Map();
    for (const [name, set] of Object.entries(sets))
      dirsBySet.set(name, await readTerraformDirs(set));
  });

  it("every .tf file is accepted by HashiCorp's HCL parser", () => {
    // readTerraformDirs throws the parser's diagnostics on a malformed file; here we count what was read
    for (const dirs of dirsBySet.values()) {
      expect(dirs.size).toBeGreaterThanOrEqual(2);
      for (const d of dirs.values()) expect(d.blocks.length).toBeGreaterThan(0);
    }
  });

  it('each module call passes every required variable, and only declared ones', () => {
    let calls = 0;
    for (const dirs of dirsBySet.values()) {
      for (const root of dirs.values()) {
        for (const call of blocksOf(root, 'module')) {
          const source = call.body.attributes.source as string;
          const module = dirs.get(path.join(root.dir, source));
          expect({ call: call.labels[0], source, exists: !!module }).toEqual({
            call: call.labels[0],
            source,
            exists: true,
          });
          const variables = blocksOf(module!, 'variable');
          const required = variables
            .filter(v => !('default' in v.body.attributes))
            .map(v => v.labels[0]);
          const passed = Object.keys(call.body.attributes).filter(
            k =>
              ![
                'source',
                'version',
                'count',
                'for_each',
                'providers',
                'depends_on',
              ].includes(k),
          );
          expect({
            call: call.labels[0],
            missing: required.filter(r => !passed.includes(r)),
          }).toEqual({ call: call.labels[0], missing: [] });
          const declared = variables.map(v => v.labels[0]);
          expect({
            call: call.labels[0],
            unknown: passed.filter(p => !declared.includes(p)),
          }).toEqual({ call: call.labels[0], unknown: [] });
          calls++;
        }
      }
    }
    // minimal: 1 root x service; everythingOn: 3 roots x 4 modules; canary: 2; blueGreen: 3 x 2
    expect(calls).toBe(1 + 12 + 2 + 6);
  });

  it('every module output, variable, local, data source and resource referenced exists', () => {
    for (const dirs of dirsBySet.values()) {
      for (const d of dirs.values()) {
        const text = d.expressions.join('\n');
        const problems: string[] = [];
        const variables = labelsOf(d, 'variable');
        for (const v of references(text, 'var'))
          if (!variables.has(v.split('.')[0])) problems.push(`var.${v}`);
        const locals = new Set(
          blocksOf(d, 'locals').flatMap(b => Object.keys(b.body.attributes)),
        );
        for (const l of references(text, 'local'))
          if (!locals.has(l.split('.')[0])) problems.push(`local.${l}`);
        const data = labelsOf(d, 'data');
        for (const ref of references(text, 'data'))
          if (!data.has(ref.replace(/\[\d+\]$/, '')))
            problems.push(`data.${ref}`);
        const resources = labelsOf(d, 'resource');
        for (const m of text.matchAll(
          /(?<![A-Za-z0-9_.])(aws_[a-z0-9_]+)\.([a-z0-9_]+)/g,
        )) {
          if (!resources.has(`${m[1]}.${m[2]}`))
            problems.push(`${m[1]}.${m[2]}`);
        }
        for (const ref of references(text, 'module')) {
          const [name, output] = ref.split('.');
          const call = blocksOf(d, 'module').find(b => b.labels[0] === name);
          const module =
            call &&
            dirs.get(path.join(d.dir, call.body.attributes.source as string));
          if (!module || !labelsOf(module, 'output').has(output))
            problems.push(`module.${ref}`);
        }
        expect({ dir: d.dir, problems }).toEqual({ dir: d.dir, problems: [] });
      }
    }
  });

  it('tags every resource, with the cost-allocation tag service=<name> in every root', () => {
    const names = Object.fromEntries(
      Object.entries(parameterSets).map(([k, v]) => [k, v.name]),
    );
    for (const [setName, dirs] of dirsBySet) {
      for (const d of dirs.values()) {
        for (const r of blocksOf(d, 'resource')) {
          if (UNTAGGABLE.has(r.labels[0])) continue;
          expect({
            resource: `${d.dir}/${r.labels.join('.')}`,
            tags: r.body.attributes.tags,
          }).toEqual({
            resource: `${d.dir}/${r.labels.join('.')}`,
            tags: '${var.tags}',
          });
        }
        if (!d.dir.startsWith('terraform/environments/')) continue;
        const tags = blocksOf(d, 'locals')[0].body.attributes.tags;
        expect(tags).toMatchObject({ service: names[setName] });
        const provider = blocksOf(d, 'provider')[0];
        expect(
          provider.body.blocks.find(b => b.type === 'default_tags')?.body
            .attributes.tags,
        ).toBe('${local.tags}');
        // module tags come from the same map
        for (const call of blocksOf(d, 'module'))
          expect(call.body.attributes.tags).toBe('${local.tags}');
      }
    }
  });

  it('keeps state in S3 with locking, one key per environment', () => {
    const dirs = dirsBySet.get('everythingOn')!;
    const keys = new Set<string>();
    for (const env of ['dev', 'staging', 'prod']) {
      const root = dirs.get(`terraform/environments/${env}`)!;
      const backend = blocksOf(root, 'terraform')
        .flatMap(b => b.body.blocks)
        .find(b => b.type === 'backend');
      expect(backend?.labels).toEqual(['s3']);
      expect(backend?.body.attributes).toMatchObject({
        use_lockfile: true,
        encrypt: true,
        key: `services/billing-ledger/${env}/terraform.tfstate`,
      });
      keys.add(backend!.body.attributes.key as string);
    }
    expect(keys.size).toBe(3);
  });

  it('creates what was chosen: RDS with backups and a prod read replica, Redis persistence, S3 versioning and encryption, ECR scan on push', () => {
    const dirs = dirsBySet.get('everythingOn')!;
    const rds = dirs.get('terraform/modules/rds-mysql')!;
    const primary = blocksOf(rds, 'resource').find(
      r => r.labels.join('.') === 'aws_db_instance.primary',
    )!;
    expect(primary.body.attributes.backup_retention_period).toMatch(/14 : 7/);
    expect(primary.body.attributes.storage_encrypted).toBe(true);
    expect(
      blocksOf(rds, 'resource').find(
        r => r.labels.join('.') === 'aws_db_instance.replica',
      )?.body.attributes.replicate_source_db,
    ).toBe('${aws_db_instance.primary.identifier}');
    const redis = blocksOf(
      dirs.get('terraform/modules/elasticache-redis')!,
      'resource',
    ).find(r => r.labels[0] === 'aws_elasticache_replication_group')!;
    expect(redis.body.attributes.snapshot_retention_limit).toMatch(/7 : 1/);
    const s3 = labelsOf(dirs.get('terraform/modules/s3')!, 'resource');
    expect([...s3]).toEqual(
      expect.arrayContaining([
        'aws_s3_bucket_versioning.this',
        'aws_s3_bucket_server_side_encryption_configuration.this',
      ]),
    );
    const ecr = blocksOf(
      dirs.get('terraform/modules/service')!,
      'resource',
    ).find(r => r.labels[0] === 'aws_ecr_repository')!;
    expect(
      ecr.body.blocks.find(b => b.type === 'image_scanning_configuration')?.body
        .attributes.scan_on_push,
    ).toBe(true);
    // exactly one root owns the ECR repository
    const owners = ['dev', 'staging', 'prod'].filter(
      env =>
        blocksOf(dirs.get(`terraform/environments/${env}`)!, 'module').find(
          m => m.labels[0] === 'service',
        )?.body.attributes.create_ecr_repository === true,
    );
    expect(owners).toEqual(['prod']);
    const minimalRoot = dirsBySet
      .get('minimal')!
      .get('terraform/environments/dev')!;
    expect(
      blocksOf(minimalRoot, 'module').find(m => m.labels[0] === 'service')?.body
        .attributes.create_ecr_repository,
    ).toBe(true);
  });
});
