import fs from 'fs';
import os from 'os';
import path from 'path';
import { parse } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { renderHelmChart } from '@runway/runway-node';

const deployDir = path.resolve(__dirname, '../../../../deploy');
const models: Record<string, new (data: any) => { validate(): void }> = {
  ConfigMap,
  Service,
  ServiceAccount,
  Deployment,
  HorizontalPodAutoscaler,
  Ingress,
  PodDisruptionBudget,
  ServiceMonitor,
};

jest.setTimeout(120_000);

// Rendered by tools/helm-render: Go's text/template with sprig and Helm's own functions.
describe("Runway's Helm chart", () => {
  const rendered = renderHelmChart(path.join(deployDir, 'chart'), {
    release: 'runway',
    namespace: 'runway',
  });
  const manifests = new Map(
    rendered.manifests.map(({ text }) => {
      const doc = parse(text);
      return [doc.kind as string, doc];
    }),
  );

  it('renders every template to a schema-valid Kubernetes manifest', () => {
    // Every kind but the ServiceMonitor, which renders only when asked (below).
    expect([...manifests.keys()].sort()).toEqual(
      Object.keys(models)
        .filter(kind => kind !== 'ServiceMonitor')
        .sort(),
    );
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

  it('serves the OpenTelemetry metrics on a named port, with scrape annotations', () => {
    const pod = manifests.get('Deployment').spec.template;
    const container = pod.spec.containers[0];
    const env = Object.fromEntries(
      container.env.map((e: { name: string; value: string }) => [
        e.name,
        e.value,
      ]),
    );
    // What packages/backend/src/instrumentation.js reads to start the Prometheus exporter.
    expect(env).toMatchObject({
      OTEL_METRICS_EXPORTER: 'prometheus',
      OTEL_EXPORTER_PROMETHEUS_HOST: '0.0.0.0',
      OTEL_EXPORTER_PROMETHEUS_PORT: '9464',
    });
    expect(container.ports).toContainEqual({
      name: 'metrics',
      containerPort: 9464,
    });
    expect(pod.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '9464',
      'prometheus.io/path': '/metrics',
    });
    expect(manifests.get('Service').spec.ports).toContainEqual({
      name: 'metrics',
      port: 9464,
      targetPort: 'metrics',
    });
  });

  it('renders a ServiceMonitor only when asked, scraping the Service it deploys', () => {
    expect(manifests.has('ServiceMonitor')).toBe(false);
    const withMonitor = renderHelmChart(path.join(deployDir, 'chart'), {
      release: 'runway',
      namespace: 'runway',
      set: {
        'metrics.serviceMonitor.enabled': 'true',
        'metrics.serviceMonitor.labels.release': 'kube-prometheus-stack',
        'metrics.port': '9100',
      },
    }).manifests.map(({ text }) => parse(text));
    const monitor = withMonitor.find(d => d.kind === 'ServiceMonitor');
    const service = withMonitor.find(d => d.kind === 'Service');
    const deployment = withMonitor.find(d => d.kind === 'Deployment');
    // The operator's CRD (monitoring.coreos.com/v1): the fields it requires, and their types.
    expect(monitor.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(Object.keys(monitor).sort()).toEqual(
      ['apiVersion', 'kind', 'metadata', 'spec'].sort(),
    );
    expect(Object.keys(monitor.spec).sort()).toEqual(
      ['endpoints', 'namespaceSelector', 'selector'].sort(),
    );
    expect(monitor.spec.endpoints).toEqual([
      { port: 'metrics', path: '/metrics', interval: '30s' },
    ]);
    expect(monitor.spec.namespaceSelector).toEqual({ matchNames: ['runway'] });
    expect(monitor.metadata.labels.release).toBe('kube-prometheus-stack');
    // It selects the Service, whose `metrics` port leads to the container's.
    for (const [k, v] of Object.entries(monitor.spec.selector.matchLabels))
      expect(service.metadata.labels[k]).toBe(v);
    expect(service.spec.ports).toContainEqual({
      name: 'metrics',
      port: 9100,
      targetPort: 'metrics',
    });
    const container = deployment.spec.template.spec.containers[0];
    expect(container.ports).toContainEqual({
      name: 'metrics',
      containerPort: 9100,
    });
    expect(
      container.env.find(
        (e: { name: string }) => e.name === 'OTEL_EXPORTER_PROMETHEUS_PORT',
      ).value,
    ).toBe('9100');
    // Every object, the ServiceMonitor too (the operator's CRD model).
    for (const doc of withMonitor)
      expect(() => new models[doc.kind](doc).validate()).not.toThrow();
    const broken = {
      ...monitor,
      spec: { ...monitor.spec, endpoints: 'metrics' },
    };
    expect(() => new ServiceMonitor(broken).validate()).toThrow();
  });

  it('serves no metrics and annotates nothing when metrics are off', () => {
    const off = renderHelmChart(path.join(deployDir, 'chart'), {
      release: 'runway',
      namespace: 'runway',
      set: {
        'metrics.enabled': 'false',
        'metrics.serviceMonitor.enabled': 'true',
      },
    }).manifests.map(({ text }) => parse(text));
    expect(off.map(d => d.kind)).not.toContain('ServiceMonitor');
    const deployment = off.find(d => d.kind === 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    expect(container.ports).toEqual([{ name: 'http', containerPort: 7007 }]);
    expect(container.env.map((e: { name: string }) => e.name)).not.toContain(
      'OTEL_METRICS_EXPORTER',
    );
    expect(deployment.spec.template.metadata.annotations).toBeUndefined();
    expect(
      off.find(d => d.kind === 'Service').spec.ports.map((p: any) => p.name),
    ).toEqual(['http']);
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

  it('prints the manifests in Helm install order, each under its source', () => {
    expect(rendered.manifests.map(m => m.source)).toEqual([
      'runway/templates/pdb.yaml',
      'runway/templates/serviceaccount.yaml',
      'runway/templates/configmap.yaml',
      'runway/templates/service.yaml',
      'runway/templates/deployment.yaml',
      'runway/templates/hpa.yaml',
      'runway/templates/ingress.yaml',
    ]);
  });

  it("fails with the renderer's error when a template is wrong", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chart-'));
    fs.mkdirSync(path.join(dir, 'templates'));
    fs.writeFileSync(
      path.join(dir, 'Chart.yaml'),
      'apiVersion: v2\nname: x\nversion: 1.0.0\n',
    );
    fs.writeFileSync(path.join(dir, 'values.yaml'), 'a: hello\n');
    const template = path.join(dir, 'templates/x.yaml');
    fs.writeFileSync(
      template,
      'v: {{ required "image.tag is required" .Values.image }}\n',
    );
    expect(() => renderHelmChart(dir)).toThrow(
      'execution error at (x/templates/x.yaml:1:6): image.tag is required',
    );
    fs.writeFileSync(template, 'v: {{ include "x.missing" . }}\n');
    expect(() => renderHelmChart(dir)).toThrow('no template "x.missing"');
    fs.writeFileSync(template, 'v: {{ .Values.a | b64enc }}\n');
    expect(renderHelmChart(dir).manifests[0].text).toBe('v: aGVsbG8=');
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
