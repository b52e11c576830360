import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import {
  hasValue,
  mergeValues,
  valuePathsUsed,
} from './__testUtils__/helmValues';
import { readText, renderAllSets } from './__testUtils__/renderSets';

jest.setTimeout(60_000);

// The rendered chart is checked in template.chartRender.test.ts; this file checks its inputs:
// Chart.yaml, values.schema.json (what `helm lint/install` enforce) and the values the
// templates read.
describe('symfony-service template: Helm chart', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('has a valid Chart.yaml (apiVersion v2, the service name, SemVer versions)', async () => {
    for (const set of Object.values(sets)) {
      const chart = parseYaml(await readText(set, 'chart/Chart.yaml'));
      expect(chart).toMatchObject({
        apiVersion: 'v2',
        name: set.values.name,
        type: 'application',
      });
      expect(chart.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(typeof chart.appVersion).toBe('string');
      expect(chart.description).toBe(set.values.description);
    }
  });

  it('validates values.yaml merged with every values-<env>.yaml against values.schema.json', async () => {
    let checked = 0;
    for (const set of Object.values(sets)) {
      const schema = JSON.parse(
        await readText(set, 'chart/values.schema.json'),
      );
      const validate = new Ajv({ allErrors: true, strict: false }).compile(
        schema,
      );
      const defaults = parseYaml(await readText(set, 'chart/values.yaml'));
      expect({
        file: 'values.yaml',
        ok: validate(defaults),
        errors: validate.errors,
      }).toEqual({ file: 'values.yaml', ok: true, errors: null });
      for (const env of set.values.environments) {
        const merged = mergeValues(
          defaults,
          parseYaml(await readText(set, `chart/values-${env}.yaml`)),
        );
        expect({ env, ok: validate(merged), errors: validate.errors }).toEqual({
          env,
          ok: true,
          errors: null,
        });
        expect(merged.environment).toBe(env);
        expect(merged.autoscaling.minReplicas).toBeLessThanOrEqual(
          merged.autoscaling.maxReplicas,
        );
        checked++;
      }
    }
    expect(checked).toBe(1 + 3 + 2 + 3);
  });

  it('the schema refuses what Helm should refuse', async () => {
    const set = sets.minimal;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(await readText(set, 'chart/values.schema.json')),
    );
    const defaults = parseYaml(await readText(set, 'chart/values.yaml'));
    expect(validate(mergeValues(defaults, { strategy: 'recreate' }))).toBe(
      false,
    );
    expect(validate(mergeValues(defaults, { replicaCuont: 3 }))).toBe(false);
    expect(
      validate(
        mergeValues(defaults, { serviceAccount: { roleArn: 'not-an-arn' } }),
      ),
    ).toBe(false);
  });

  it('every value a chart template reads is defined in every environment', async () => {
    for (const set of Object.values(sets)) {
      const defaults = parseYaml(await readText(set, 'chart/values.yaml'));
      const templates = set.files.filter(f => f.startsWith('chart/templates/'));
      expect(templates.length).toBeGreaterThanOrEqual(14);
      for (const env of set.values.environments) {
        const merged = mergeValues(
          defaults,
          parseYaml(await readText(set, `chart/values-${env}.yaml`)),
        );
        for (const file of templates) {
          const missing = valuePathsUsed(await readText(set, file)).filter(
            p => !hasValue(merged, p),
          );
          expect({ env, file, missing }).toEqual({ env, file, missing: [] });
        }
      }
    }
  });

  it('chooses the workload kind from the strategy and reads the generated PrometheusRule', async () => {
    for (const set of Object.values(sets)) {
      const values = parseYaml(await readText(set, 'chart/values.yaml'));
      expect(values.strategy).toBe(set.values.strategy);
    }
    const rollout = await readText(sets.canary, 'chart/templates/rollout.yaml');
    expect(rollout).toContain('kind: Rollout');
    expect(rollout).toContain('previewService:');
    const rule = await readText(
      sets.canary,
      'chart/templates/prometheusrule.yaml',
    );
    expect(rule).toContain('.Files.Get "files/slo-prometheus-rule.yaml"');
    expect(sets.canary.files).toContain('chart/files/slo-prometheus-rule.yaml');
  });
});
