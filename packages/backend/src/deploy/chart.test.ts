import fs from 'fs';
import path from 'path';
import { parse } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { renderChart } from './__testUtils__/renderChartSubset';

const deployDir = path.resolve(__dirname, '../../../../deploy');
const models: Record<string, new (data: any) => { validate(): void }> = {
  ConfigMap,
  Service,
  ServiceAccount,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  PodDisruptionBudget,
};

describe("Runway's Helm chart", () => {
  const rendered = renderChart(path.join(deployDir, 'chart'));
  const manifests = new Map(
    [...rendered.values()].map(text => {
      const doc = parse(text);
      return [doc.kind as string, doc];
    }),
  );

  it('renders every template to a schema-valid Kubernetes manifest', () => {
    expect([...manifests.keys()].sort()).toEqual(Object.keys(models).sort());
    for (const [kind, doc] of manifests) {
      expect(() => new models[kind](doc).validate()).not.toThrow();
    }
    // The schema check has teeth: a malformed Deployment is refused.
    const broken = {
      ...manifests.get('Deployment'),
      spec: { replicas: 'three' },
    };
    expect(() => new Deployment(broken).validate()).toThrow();
  });

  it('probes the backend health endpoints', () => {
    const container =
      manifests.get('Deployment').spec.template.spec.containers[0];
    expect(container.readinessProbe.httpGet.path).toBe(
      '/.backstage/health/v1/readiness',
    );
    expect(container.livenessProbe.httpGet.path).toBe(
      '/.backstage/health/v1/liveness',
    );
    expect(container.ports[0].containerPort).toBe(7007);
  });

  it('wires service, PDB and HPA to the pods it deploys', () => {
    const deployment = manifests.get('Deployment');
    const podLabels = deployment.spec.template.metadata.labels;
    const matches = (selector: Record<string, string>) =>
      Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    expect(matches(manifests.get('Service').spec.selector)).toBe(true);
    expect(
      matches(manifests.get('PodDisruptionBudget').spec.selector.matchLabels),
    ).toBe(true);
    expect(
      manifests.get('HorizontalPodAutoscaler').spec.scaleTargetRef.name,
    ).toBe(deployment.metadata.name);
  });

  it('takes secrets from a Secret reference and never from values', () => {
    const container =
      manifests.get('Deployment').spec.template.spec.containers[0];
    expect(container.envFrom).toEqual([
      { secretRef: { name: 'runway-secrets' } },
    ]);
    const values = fs.readFileSync(
      path.join(deployDir, 'chart/values.yaml'),
      'utf8',
    );
    expect(values).not.toMatch(
      /^\s*(password|token|secret|clientSecret)\s*:/im,
    );
  });

  it('mounts extra app-config that parses as YAML', () => {
    const data = manifests.get('ConfigMap').data['app-config.k8s.yaml'];
    expect(parse(data).catalog.locations[0].type).toBe('url');
  });

  it('refuses a template that uses a construct it cannot check', () => {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'chart-'));
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(
      path.join(dir, 'Chart.yaml'),
      'name: x\nversion: 1.0.0\nappVersion: "1"\n',
    );
    fs.writeFileSync(path.join(dir, 'values.yaml'), 'a: 1\n');
    fs.writeFileSync(
      path.join(dir, 'templates/x.yaml'),
      'v: {{ .Values.a | b64enc }}\n',
    );
    expect(() => renderChart(dir)).toThrow(
      'unsupported template function "b64enc"',
    );
    fs.writeFileSync(
      path.join(dir, 'templates/x.yaml'),
      'v: {{ .Values.missing }}\n',
    );
    expect(() => renderChart(dir)).toThrow('value .Values.missing is not set');
  });
});

describe("Runway's Dockerfile", () => {
  const dockerfile = fs.readFileSync(
    path.join(deployDir, 'Dockerfile'),
    'utf8',
  );

  it('is multi-stage and runs as the unprivileged node user', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(3);
    const finalStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(finalStage).toMatch(/^USER node$/m);
    expect(finalStage).toContain('app-config.production.yaml');
  });

  it('loads the OpenTelemetry instrumentation before the backend', () => {
    expect(dockerfile).toContain(
      'COPY --chown=node:node packages/backend/src/instrumentation.js ./',
    );
    expect(dockerfile).toMatch(
      /^CMD \["node", "--require", "\.\/instrumentation\.js", "packages\/backend",/m,
    );
  });
});
