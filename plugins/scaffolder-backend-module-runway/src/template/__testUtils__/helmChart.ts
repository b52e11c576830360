import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderHelmChart, type HelmRenderResult } from '@runway/runway-node';
import { readText, type RenderedSet } from './renderSets';

// The CRD groups a cluster running the generated service has (Argo Rollouts, Prometheus
// Operator, External Secrets): what `helm template --api-versions` would be told.
const CRD_API_VERSIONS = [
  'argoproj.io/v1alpha1',
  'monitoring.coreos.com/v1',
  'external-secrets.io/v1beta1',
];

export type RenderedEnvironment = HelmRenderResult & { objects: any[] };

/**
 * `helm template` of the generated chart for one environment, exactly as its ArgoCD
 * Application runs it (release name, namespace, value files in order), through the real
 * renderer (tools/helm-render: text/template + sprig + Helm's functions).
 */
export async function renderEnvironment(
  set: RenderedSet,
  env: string,
): Promise<RenderedEnvironment> {
  const app = parseYaml(await readText(set, `argocd/application-${env}.yaml`));
  const chartDir = path.join(set.dir, 'chart');
  const result = renderHelmChart(chartDir, {
    valueFiles: app.spec.source.helm.valueFiles.map((f: string) =>
      path.join(chartDir, f),
    ),
    release: app.spec.source.helm.releaseName,
    namespace: app.spec.destination.namespace,
    apiVersions: CRD_API_VERSIONS,
  });
  return {
    ...result,
    objects: result.manifests.map(m => parseYaml(m.text)),
  };
}
