import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { dryRun, startScaffolder } from './__testUtils__/dryRun';
import { TEMPLATE_DIR } from './__testUtils__/files';
import { parameterSets } from './__testUtils__/parameterSets';
import {
  readText,
  renderAllSets,
  type RenderedSet,
} from './__testUtils__/renderSets';

jest.setTimeout(60_000);

describe('symfony-service template, run by the real scaffolder (dry run)', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('runs every step of every parameter set, skipping only catalog:register (no dry run)', () => {
    for (const set of Object.values(sets)) {
      const statuses = new Map<string, string>();
      for (const entry of set.result.body.log ?? []) {
        if (entry.body.stepId && entry.body.status)
          statuses.set(entry.body.stepId, entry.body.status);
      }
      expect(statuses.get('fetch')).toBe('completed');
      expect(statuses.get('slo-rules')).toBe('completed');
      expect(statuses.get('publish-local')).toBe('completed');
      expect(statuses.get('publish-github')).toBe('skipped');
      expect([...statuses.values()]).not.toContain('failed');
    }
  });

  it('leaves no unrendered template expression in any file or path', async () => {
    for (const set of Object.values(sets)) {
      for (const file of set.files) {
        expect(file).not.toMatch(/\$\{\{|\{%/);
        const text = await readText(set, file);
        // Helm's own templates keep their {{ }}; scaffolder syntax must be gone everywhere
        expect({
          file,
          leftover: /\$\{\{\s*values\.|\{%-?\s*(if|endif|raw|endraw)/.test(
            text,
          ),
        }).toEqual({ file, leftover: false });
      }
    }
  });

  it('writes the files each choice implies', () => {
    const has = (set: RenderedSet, f: string) => set.files.includes(f);
    const { minimal, everythingOn, canary, blueGreen } = sets;

    expect(minimal.files.filter(f => f.startsWith('argocd/'))).toEqual([
      'argocd/application-dev.yaml',
    ]);
    expect(minimal.files.filter(f => /^chart\/values-/.test(f))).toEqual([
      'chart/values-dev.yaml',
    ]);
    expect(
      minimal.files
        .filter(f => f.startsWith('terraform/environments/'))
        .map(f => f.split('/')[2]),
    ).toEqual(expect.arrayContaining(['dev']));
    expect(
      minimal.files.some(f => f.startsWith('terraform/environments/prod/')),
    ).toBe(false);
    expect(
      minimal.files.some(f => f.startsWith('terraform/modules/rds-mysql/')),
    ).toBe(false);
    expect(minimal.files.some(f => f.startsWith('terraform/modules/s3/'))).toBe(
      false,
    );

    for (const module of ['service', 'rds-mysql', 'elasticache-redis', 's3']) {
      expect(has(everythingOn, `terraform/modules/${module}/main.tf`)).toBe(
        true,
      );
    }
    for (const env of ['dev', 'staging', 'prod']) {
      expect(has(everythingOn, `argocd/application-${env}.yaml`)).toBe(true);
      expect(has(everythingOn, `chart/values-${env}.yaml`)).toBe(true);
      expect(has(everythingOn, `terraform/environments/${env}/main.tf`)).toBe(
        true,
      );
    }
    expect(has(canary, 'argocd/application-dev.yaml')).toBe(false);
    expect(has(canary, 'argocd/application-prod.yaml')).toBe(true);
    expect(has(blueGreen, 'terraform/modules/rds-mysql/main.tf')).toBe(true);
    expect(has(blueGreen, 'terraform/modules/elasticache-redis/main.tf')).toBe(
      false,
    );

    for (const set of Object.values(sets)) {
      const runbooks = set.files.filter(f => f.startsWith('docs/runbooks/'));
      expect(runbooks).toHaveLength(2);
      expect(set.files).toEqual(
        expect.arrayContaining([
          'catalog-info.yaml',
          'slo/slo.yaml',
          'chart/files/slo-prometheus-rule.yaml',
          '.github/workflows/ci.yml',
          'docs/adrs/0001-record-architecture-decisions.md',
          'mkdocs.yml',
          'composer.json',
          'Dockerfile',
        ]),
      );
    }
  });

  it('wires catalog-info.yaml to every Runway dashboard, like the demo services', async () => {
    const set = sets.everythingOn;
    const entity = parseYaml(await readText(set, 'catalog-info.yaml'));
    const demo = parseYaml(
      await fs.readFile(
        path.resolve(
          TEMPLATE_DIR,
          '../../examples/services/checkout-api/catalog-info.yaml',
        ),
        'utf8',
      ),
    );

    expect(entity.kind).toBe('Component');
    expect(entity.metadata.name).toBe('billing-ledger');
    expect(entity.spec).toMatchObject({
      type: 'service',
      owner: 'group:default/team-checkout',
      system: 'system:default/shop',
      dependsOn: [
        'resource:default/eks-prod',
        'resource:default/shop-prod-mysql',
      ],
    });
    // a set that picks no platform resource writes no dependsOn
    const plain = parseYaml(await readText(sets.canary, 'catalog-info.yaml'));
    expect(plain.spec).not.toHaveProperty('dependsOn');
    // every annotation a demo service carries, so every family's tab finds its data
    expect(Object.keys(entity.metadata.annotations)).toEqual(
      expect.arrayContaining(Object.keys(demo.metadata.annotations)),
    );
    expect(entity.metadata.annotations).toMatchObject({
      'argocd/app-selector': 'app.kubernetes.io/name=billing-ledger',
      'aws.amazon.com/cost-insights-tags': 'service=billing-ledger',
      'runway.dev/ecr-repository': 'billing-ledger',
      'runway.dev/slo-location': './slo/slo.yaml',
      'github.com/project-slug': 'runway-local/billing-ledger',
    });
    // the locations the annotations point at exist in the repository
    for (const key of [
      'runway.dev/slo-location',
      'backstage.io/adr-location',
      'runway.dev/runbooks-location',
    ]) {
      const target = entity.metadata.annotations[key].replace(/^\.\//, '');
      expect(
        set.files.some(f => f === target || f.startsWith(`${target}/`)),
      ).toBe(true);
    }
  });

  it('writes as many files as templates/symfony-service/README.md says', async () => {
    const readme = await fs.readFile(
      path.join(TEMPLATE_DIR, 'README.md'),
      'utf8',
    );
    expect(readme).toContain(
      `writes (${sets.everythingOn.files.length} files)`,
    );
    expect(readme).toContain(`writes ${sets.minimal.files.length}.`);
    expect(sets.everythingOn.files).toHaveLength(129);
  });

  it('reports the local repository the real run would publish to', () => {
    const output = sets.minimal.result.body.output as any;
    expect(output.links[0].url).toMatch(/^file:\/\/.*\/published\/orders-api$/);
  });

  it('reports its run time', () => {
    const times = Object.fromEntries(
      Object.entries(sets).map(([k, v]) => [k, v.millis]),
    );
    // a dry run renders ~70 files; it must stay interactive in the template editor
    for (const ms of Object.values(times)) expect(ms).toBeLessThan(15_000);
    // printed for the closing note
    process.stdout.write(
      `symfony-service dry-run times (ms): ${JSON.stringify(
        times,
      )}; files written (everythingOn): ${sets.everythingOn.files.length}\n`,
    );
  });
});

describe('symfony-service template rejects bad input before any action runs', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  let published: string;
  beforeAll(async () => {
    published = await fs.mkdtemp(path.join(os.tmpdir(), 'symfony-bad-input-'));
    scaffolder = await startScaffolder(published);
  });
  afterAll(() => scaffolder.stop());

  it.each([
    ['an uppercase name', { name: 'Orders-API' }],
    ['a name with ../', { name: '../orders' }],
    ['a name with ${{ }}', { name: '${{ parameters.owner }}' }],
    ['a name with a newline', { name: 'orders\napi' }],
    ['a 65-character name', { name: 'a'.repeat(65) }],
    ['a 41-character name', { name: 'a'.repeat(41) }],
    ['a description with ${{ }}', { description: 'evil ${{ secrets.token }}' }],
    ['a description with a newline', { description: 'two\nlines' }],
    ['an unknown strategy', { strategy: 'recreate' }],
    ['a region that is not one', { awsRegion: 'eu-west-1; rm -rf /' }],
    ['github without a repository', { publishTarget: 'github' }],
  ])('rejects %s with 400 and runs nothing', async (_label, override) => {
    const result = await dryRun(scaffolder.baseUrl, {
      ...parameterSets.minimal,
      ...override,
    });
    expect(result.status).toBe(400);
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(result.body.log).toBeUndefined();
    expect(await fs.readdir(published)).toEqual([]);
  });
});
