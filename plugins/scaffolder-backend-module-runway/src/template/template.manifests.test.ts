import { parseAllDocuments, parse as parseYaml } from 'yaml';
import { readText, renderAllSets } from './__testUtils__/renderSets';

jest.setTimeout(60_000);

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

describe('symfony-service template: YAML, ArgoCD and CI', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('every YAML file outside the Helm templates parses without errors or warnings', async () => {
    let checked = 0;
    for (const set of Object.values(sets)) {
      // chart/templates/*.yaml are Go templates, only YAML once Helm renders them
      for (const file of set.files.filter(
        f => /\.ya?ml$/.test(f) && !f.startsWith('chart/templates/'),
      )) {
        const docs = parseAllDocuments(await readText(set, file), {
          uniqueKeys: true,
          prettyErrors: true,
        });
        const problems = [docs]
          .flat()
          .flatMap(d => [...d.errors, ...d.warnings])
          .map(e => e.message);
        expect({ file, problems }).toEqual({ file, problems: [] });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4 * 10);
  });

  it('Kubernetes objects carry apiVersion, kind and a DNS-1123 metadata.name', async () => {
    for (const set of Object.values(sets)) {
      const manifests = set.files.filter(
        f =>
          f.startsWith('argocd/') ||
          f === 'chart/files/slo-prometheus-rule.yaml',
      );
      for (const file of manifests) {
        const obj = parseYaml(await readText(set, file));
        expect({
          file,
          apiVersion: typeof obj.apiVersion,
          kind: typeof obj.kind,
          nameOk: DNS_1123.test(obj.metadata?.name),
        }).toEqual({
          file,
          apiVersion: 'string',
          kind: 'string',
          nameOk: true,
        });
      }
    }
  });

  it('ArgoCD Applications deploy the chart per environment, labelled for argocd/app-selector', async () => {
    const set = sets.everythingOn;
    for (const env of ['dev', 'staging', 'prod'] as const) {
      const app = parseYaml(
        await readText(set, `argocd/application-${env}.yaml`),
      );
      expect(app).toMatchObject({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: {
          name: `billing-ledger-${env}`,
          namespace: 'argocd',
          labels: { 'app.kubernetes.io/name': 'billing-ledger' },
        },
        spec: {
          project: 'default',
          source: {
            path: 'chart',
            repoURL: 'https://github.com/runway-local/billing-ledger.git',
            helm: { valueFiles: ['values.yaml', `values-${env}.yaml`] },
          },
          destination: {
            name: set.values.clusters[env],
            namespace: 'billing-ledger',
          },
        },
      });
      // the value files it names are in the chart
      for (const valueFile of app.spec.source.helm.valueFiles)
        expect(set.files).toContain(`chart/${valueFile}`);
    }
    // the catalog's selector matches these labels
    const entity = parseYaml(await readText(set, 'catalog-info.yaml'));
    const [key, value] =
      entity.metadata.annotations['argocd/app-selector'].split('=');
    const app = parseYaml(await readText(set, 'argocd/application-prod.yaml'));
    expect(app.metadata.labels[key]).toBe(value);
  });

  it('the CI workflow has the expected jobs, in order, with valid steps', async () => {
    for (const set of Object.values(sets)) {
      const workflow = parseYaml(
        await readText(set, '.github/workflows/ci.yml'),
      );
      expect(workflow.name).toBe('ci');
      expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
      expect(Object.keys(workflow.jobs)).toEqual([
        'quality',
        'tests',
        'security',
        'build',
        'deploy',
        'verify',
      ]);
      expect(workflow.env).toMatchObject({
        SERVICE: set.values.name,
        AWS_REGION: set.values.awsRegion,
        DEPLOY_ENV: set.values.environments[0],
      });
      for (const [id, job] of Object.entries<any>(workflow.jobs)) {
        expect({ id, runsOn: job['runs-on'] }).toEqual({
          id,
          runsOn: 'ubuntu-latest',
        });
        for (const need of [job.needs ?? []].flat())
          expect(Object.keys(workflow.jobs)).toContain(need);
        for (const step of job.steps) {
          // a step either uses an action or runs a script, never both or neither
          expect({
            id,
            step: step.name ?? step.uses,
            kinds: ['uses', 'run'].filter(k => k in step).length,
          }).toEqual({
            id,
            step: step.name ?? step.uses,
            kinds: 1,
          });
        }
      }
      const text = await readText(set, '.github/workflows/ci.yml');
      // GitHub expressions survive the scaffolder's own ${{ }} templating
      expect(text).toContain('${{ github.sha }}');
      expect(text).toContain('${{ secrets.RUNWAY_CI_TOKEN }}');
      // every report goes through ci/runway-report.sh to Runway's ingest, tagged with its artifact
      const script = await readText(set, 'ci/runway-report.sh');
      expect(script).toContain(
        '$RUNWAY_URL/api/$family/reports?entityRef=component:default/$SERVICE&format=$format&artifact=',
      );
      expect(script).toContain('&commit=$GITHUB_SHA');
      expect(script).toContain('Authorization: Bearer $RUNWAY_CI_TOKEN');
      const posts = [
        ...text.matchAll(
          /ci\/runway-report\.sh (security|quality) (\S+) (\S+) (\S+)/g,
        ),
      ].map(m => `${m[1]}:${m[2]}`);
      expect(posts.sort()).toEqual(
        [
          'quality:phpstan',
          'quality:psalm',
          'quality:clover',
          'quality:infection',
          'quality:k6',
          'security:trivy',
          'security:trivy',
          'security:trivy',
          'security:trivy',
          'security:sarif',
          'security:sarif',
          'security:sarif',
          'security:zap',
        ].sort(),
      );
      // the gates
      for (const gate of [
        'composer audit',
        'vendor/bin/php-cs-fixer fix --dry-run',
        'vendor/bin/phpstan analyse',
        'vendor/bin/psalm',
        'coverage: pcov',
        'exit($pct < 90 ? 1 : 0)',
        'vendor/bin/infection',
        'scan-type: config',
        'bridgecrew/checkov',
        'semgrep scan --config p/php --sarif',
        'zap-baseline.py -t "$STAGING_URL" -J zap.json',
        'run loadtest/k6.js',
        '@redocly/cli@1 lint',
      ])
        expect({ gate, present: text.includes(gate) }).toEqual({
          gate,
          present: true,
        });
      // the load test runs after the smoke test, in the same job
      const verify = workflow.jobs.verify.steps.map((s: any) => s.name);
      expect(verify.indexOf('k6 load test (thresholds = the SLOs)')).toBe(
        verify.indexOf('Smoke test once ArgoCD has synced') + 1,
      );
      expect(text).toMatch(/trivy-action[\s\S]*scan-type: fs[\s\S]*image-ref:/);
      expect(workflow.jobs.build.permissions['id-token']).toBe('write');
    }
  });
});
