import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderHelmChart } from '@runway/runway-node';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Rollout } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1/Rollout';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { ExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1beta1/ExternalSecret';
import { renderEnvironment } from './__testUtils__/helmChart';
import { renderAllSets } from './__testUtils__/renderSets';

jest.setTimeout(180_000);

type Model = new (data: any) => { validate(): void };
const MODELS: Record<string, Model> = {
  'v1/ConfigMap': ConfigMap,
  'v1/Service': Service,
  'v1/ServiceAccount': ServiceAccount,
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'argoproj.io/v1alpha1/Rollout': Rollout,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
  'external-secrets.io/v1beta1/ExternalSecret': ExternalSecret,
};

describe('symfony-service template: the Helm chart rendered by Go text/template + sprig', () => {
  let sets: Awaited<ReturnType<typeof renderAllSets>>;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('renders every values-<env>.yaml to objects the Kubernetes and CRD schemas accept', async () => {
    let rendered = 0;
    for (const [name, set] of Object.entries(sets)) {
      for (const env of set.values.environments) {
        const { objects, manifests } = await renderEnvironment(set, env);
        expect(manifests.length).toBeGreaterThanOrEqual(10);
        for (const [i, object] of objects.entries()) {
          const key = `${object.apiVersion}/${object.kind}`;
          const where = { set: name, env, source: manifests[i].source, key };
          expect({ ...where, known: key in MODELS }).toEqual({
            ...where,
            known: true,
          });
          let error = '';
          try {
            new MODELS[key](object).validate();
          } catch (e: any) {
            error = String(e.message ?? e);
          }
          expect({ ...where, error }).toEqual({ ...where, error: '' });
          expect(object.metadata.name).toMatch(
            /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/,
          );
        }
        rendered++;
      }
    }
    expect(rendered).toBe(1 + 3 + 2 + 3);
  });

  it('deploys the environment, the image tag and the SLO rule of each values file', async () => {
    const { objects } = await renderEnvironment(sets.canary, 'prod');
    const rollout = objects.find(o => o.kind === 'Rollout');
    expect(
      rollout.spec.template.metadata.labels['runway.dev/environment'],
    ).toBe('prod');
    expect(rollout.spec.template.spec.containers[0].image).toMatch(
      /\/search-api:0\.1\.0$/,
    );
    expect(objects.some(o => o.kind === 'Deployment')).toBe(false);
    const rule = objects.find(o => o.kind === 'PrometheusRule');
    expect(rule.spec.groups.length).toBeGreaterThan(0);
  });

  it("fails with the renderer's error on a missing required value or a bad include", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-chart-'));
    fs.cpSync(path.join(sets.minimal.dir, 'chart'), dir, { recursive: true });
    const deployment = path.join(dir, 'templates/deployment.yaml');
    const original = fs.readFileSync(deployment, 'utf8');
    const values = path.join(dir, 'values-dev.yaml');
    fs.writeFileSync(
      deployment,
      `{{- $tag := required "image.tag is required" .Values.image.tag }}\n${original}`,
    );
    expect(() =>
      renderHelmChart(dir, {
        valueFiles: [values],
        set: { 'image.tag': 'null' },
      }),
    ).toThrow(
      /execution error at \(orders-api\/templates\/deployment\.yaml:1:\d+\): image\.tag is required/,
    );
    fs.writeFileSync(
      deployment,
      original.replace(/include "([^"]+)"/, 'include "$1-typo"'),
    );
    expect(() => renderHelmChart(dir, { valueFiles: [values] })).toThrow(
      /no template "[^"]+-typo" associated/,
    );
    fs.writeFileSync(deployment, `${original}\n  bad: [unclosed\n`);
    expect(() => renderHelmChart(dir, { valueFiles: [values] })).toThrow(
      'YAML parse error on orders-api/templates/deployment.yaml',
    );
  });
});
