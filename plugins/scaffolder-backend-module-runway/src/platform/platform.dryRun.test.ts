import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { platformParameterSets } from './__testUtils__/parameterSets';
import {
  PLATFORM_TEMPLATE_DIR,
  dryRunPlatform,
  readRendered,
  renderPlatformSets,
  startScaffolder,
  type RenderedPlatform,
} from './__testUtils__/render';

jest.setTimeout(60_000);

describe('aws-platform template, run by the real scaffolder (dry run)', () => {
  let sets: Awaited<ReturnType<typeof renderPlatformSets>>;
  beforeAll(async () => {
    sets = await renderPlatformSets();
  });

  it('runs every step, skipping only publish:github and catalog:register (no dry run)', () => {
    for (const set of Object.values(sets)) {
      const statuses = new Map<string, string>();
      for (const entry of set.result.body.log ?? [])
        if (entry.body.stepId && entry.body.status)
          statuses.set(entry.body.stepId, entry.body.status);
      expect(Object.fromEntries(statuses)).toMatchObject({
        fetch: 'completed',
        'publish-local': 'completed',
        'publish-github': 'skipped',
      });
      expect([...statuses.values()]).not.toContain('failed');
    }
  });

  it('leaves no template expression in any file or path', async () => {
    for (const set of Object.values(sets)) {
      for (const file of set.files) {
        expect(file).not.toMatch(/\$\{\{|\{%|\/\//);
        const text = await readRendered(set, file);
        expect({ file, leftover: /\$\{\{|\{%|%\}/.test(text) }).toEqual({
          file,
          leftover: false,
        });
      }
    }
  });

  it('writes one Terraform root per chosen environment, always the account and bootstrap roots', () => {
    const roots = (set: RenderedPlatform) =>
      [
        ...new Set(
          set.files
            .filter(f => f.startsWith('terraform/environments/'))
            .map(f => f.split('/')[2]),
        ),
      ].sort();
    expect(roots(sets.everyEnvironment)).toEqual([
      'account',
      'dev',
      'prod',
      'staging',
    ]);
    expect(roots(sets.devOnly)).toEqual(['account', 'dev']);
    expect(roots(sets.stagingAndProd)).toEqual(['account', 'prod', 'staging']);
    for (const set of Object.values(sets)) {
      expect(set.files).toEqual(
        expect.arrayContaining([
          'catalog-info.yaml',
          'README.md',
          'terraform/bootstrap/main.tf',
          'terraform/modules/audit/conformance-pack.yaml',
          'gitops/app-of-apps.yaml',
          'gitops/addons/aws-load-balancer-controller.yaml',
          'gitops/addons/external-secrets.yaml',
          'gitops/addons/argo-rollouts.yaml',
          'gitops/addons/kube-prometheus-stack.yaml',
          'gitops/addons/opentelemetry-collector.yaml',
          'gitops/platform/namespaces.yaml',
        ]),
      );
    }
  });

  it('writes as many files as templates/aws-platform/README.md lists', async () => {
    const readme = await fs.readFile(
      path.join(PLATFORM_TEMPLATE_DIR, 'README.md'),
      'utf8',
    );
    const listed = [...readme.matchAll(/^\| `([^`]+)` +\|/gm)].map(m => m[1]);
    const expand = (f: string) =>
      f.includes('<env>')
        ? ['dev', 'staging', 'prod'].map(env => f.replace('<env>', env))
        : [f];
    expect(listed.flatMap(expand).sort()).toEqual(sets.everyEnvironment.files);
    expect(readme).toContain(
      `writes ${sets.everyEnvironment.files.length} files`,
    );
    expect(readme).toContain(`writes ${sets.devOnly.files.length} files.`);
  });

  it('reports the local repository it publishes to, named <platform>-platform', () => {
    const output = sets.devOnly.result.body.output as any;
    expect(output.links[0].url).toMatch(
      /^file:\/\/.*\/published\/sandbox-platform$/,
    );
  });

  it('renders interactively fast', () => {
    const times = Object.fromEntries(
      Object.entries(sets).map(([k, v]) => [k, v.millis]),
    );
    for (const ms of Object.values(times)) expect(ms).toBeLessThan(15_000);
    process.stdout.write(
      `aws-platform dry-run times (ms): ${JSON.stringify(
        times,
      )}; files: ${JSON.stringify(
        Object.fromEntries(
          Object.entries(sets).map(([k, v]) => [k, v.files.length]),
        ),
      )}\n`,
    );
  });
});

describe('aws-platform template rejects bad input before any action runs', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  let published: string;
  beforeAll(async () => {
    published = await fs.mkdtemp(path.join(os.tmpdir(), 'platform-bad-input-'));
    scaffolder = await startScaffolder(published);
  });
  afterAll(() => scaffolder.stop());

  it.each([
    ['an uppercase name', { name: 'Runway' }],
    ['a name with ${{ }}', { name: '${{ parameters.domain }}' }],
    ['a 21-character name', { name: 'a'.repeat(21) }],
    ['an 11-digit account id', { awsAccountId: '12345678901' }],
    ['a region with a shell command', { awsRegion: 'eu-west-1; rm -rf /' }],
    ['a domain with a quote', { domain: 'x.example.com"' }],
    [
      'a team name with a newline',
      { teams: [{ name: 'a\nb', monthlyBudgetUsd: 1 }] },
    ],
    [
      'a negative budget',
      { teams: [{ name: 'team-a', monthlyBudgetUsd: -5 }] },
    ],
    ['no environment', { environments: [] }],
    ['an unknown environment', { environments: ['qa'] }],
    ['github without a repository', { publishTarget: 'github' }],
  ])('rejects %s with 400 and runs nothing', async (_label, override) => {
    const result = await dryRunPlatform(scaffolder.baseUrl, {
      ...platformParameterSets.devOnly,
      ...override,
    });
    expect(result.status).toBe(400);
    expect(result.body.errors?.length).toBeGreaterThan(0);
    expect(result.body.log).toBeUndefined();
    expect(await fs.readdir(published)).toEqual([]);
  });
});
