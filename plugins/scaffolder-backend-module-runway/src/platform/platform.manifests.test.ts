import { parseAllDocuments } from 'yaml';
import {
  AppProject,
  Application,
} from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { ClusterSecretStore } from '@kubernetes-models/external-secrets/external-secrets.io/v1beta1';
import { LimitRange, Namespace, ResourceQuota } from 'kubernetes-models/v1';
import {
  readRendered,
  renderPlatformSets,
  type RenderedPlatform,
} from './__testUtils__/render';
import type { PlatformSetName } from './__testUtils__/parameterSets';

jest.setTimeout(60_000);

// Each kind is validated against its OpenAPI schema (kubernetes-models: the CRDs' schemas
// for Argo CD and External Secrets, Kubernetes' own for core kinds).
const MODELS: Record<string, (o: any) => { validate(): void }> = {
  'argoproj.io/v1alpha1/Application': o => new Application(o),
  'argoproj.io/v1alpha1/AppProject': o => new AppProject(o),
  'external-secrets.io/v1beta1/ClusterSecretStore': o =>
    new ClusterSecretStore(o),
  'v1/Namespace': o => new Namespace(o),
  'v1/ResourceQuota': o => new ResourceQuota(o),
  'v1/LimitRange': o => new LimitRange(o),
};

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

async function manifests(set: RenderedPlatform) {
  const out: { file: string; obj: any }[] = [];
  for (const file of set.files.filter(
    f => f.startsWith('gitops/') && f.endsWith('.yaml'),
  )) {
    const docs = parseAllDocuments(await readRendered(set, file), {
      uniqueKeys: true,
    });
    for (const doc of [docs].flat()) {
      expect({
        file,
        errors: [...doc.errors, ...doc.warnings].map(e => e.message),
      }).toEqual({ file, errors: [] });
      const obj = doc.toJS();
      if (obj) out.push({ file, obj });
    }
  }
  return out;
}

describe('aws-platform template: Argo CD app-of-apps and Kubernetes manifests', () => {
  let sets: Record<PlatformSetName, RenderedPlatform>;
  let objects: Map<PlatformSetName, { file: string; obj: any }[]>;
  beforeAll(async () => {
    sets = await renderPlatformSets();
    objects = new Map();
    for (const [name, set] of Object.entries(sets) as [
      PlatformSetName,
      RenderedPlatform,
    ][])
      objects.set(name, await manifests(set));
  });
  const apps = (name: PlatformSetName) =>
    objects.get(name)!.filter(o => o.obj.kind === 'Application');

  it('every manifest is a known kind, schema-valid, with a DNS-1123 name', () => {
    let validated = 0;
    for (const list of objects.values()) {
      for (const { file, obj } of list) {
        const model = MODELS[`${obj.apiVersion}/${obj.kind}`];
        expect({
          file,
          kind: `${obj.apiVersion}/${obj.kind}`,
          known: !!model,
        }).toEqual({
          file,
          kind: `${obj.apiVersion}/${obj.kind}`,
          known: true,
        });
        expect(() => model(obj).validate()).not.toThrow();
        expect(DNS_1123.test(obj.metadata.name)).toBe(true);
        validated++;
      }
    }
    // every environment: root + project + 6 Applications x 3 envs + 3 teams x 3 + store
    expect(objects.get('everyEnvironment')!.length).toBe(2 + 18 + 9 + 1);
    expect(validated).toBe(30 + (2 + 6 + 3 + 1) + (2 + 12 + 9 + 1));
  });

  it('the schema check rejects a broken Application', () => {
    const [{ obj }] = apps('devOnly');
    const broken = structuredClone(obj);
    broken.spec.syncPolicy.automated.prune = 'yes';
    expect(() => new Application(broken).validate()).toThrow(/prune/);
    delete broken.spec.destination;
    expect(() => new Application(broken).validate()).toThrow(/destination/);
  });

  it('the root app syncs gitops/addons of this repository on the hub', () => {
    const root = objects
      .get('everyEnvironment')!
      .find(o => o.file === 'gitops/app-of-apps.yaml')!.obj;
    expect(root.spec).toMatchObject({
      project: 'default',
      source: {
        repoURL: 'https://github.com/runway-local/runway-platform.git',
        path: 'gitops/addons',
        targetRevision: 'main',
      },
      destination: { server: 'https://kubernetes.default.svc' },
    });
    expect(
      sets.everyEnvironment.files.some(f => f.startsWith('gitops/addons/')),
    ).toBe(true);
  });

  it('installs each add-on per chosen environment, chart versions pinned exactly, into the platform clusters', () => {
    for (const [name, set] of Object.entries(sets) as [
      PlatformSetName,
      RenderedPlatform,
    ][]) {
      const clusters = set.values.environments.map(
        e => `${set.values.name}-${e}`,
      );
      const project = objects
        .get(name)!
        .find(o => o.obj.kind === 'AppProject')!.obj;
      expect(project.spec.destinations.map((d: any) => d.name)).toEqual(
        clusters,
      );
      const charts = new Map<string, string>();
      for (const { obj } of apps(name)) {
        if (obj.metadata.name === `${set.values.name}-platform`) continue;
        expect(clusters).toContain(obj.spec.destination.name);
        expect(obj.spec.project).toBe(project.metadata.name);
        expect(project.spec.sourceRepos).toContain(obj.spec.source.repoURL);
        expect(obj.spec.syncPolicy.automated).toEqual({
          prune: true,
          selfHeal: true,
        });
        if (obj.spec.source.chart)
          charts.set(obj.spec.source.chart, obj.spec.source.targetRevision);
      }
      // exact versions, never a range or a branch
      for (const version of charts.values())
        expect(version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(Object.fromEntries(charts)).toEqual({
        'aws-load-balancer-controller': '1.13.3',
        'external-secrets': '0.15.1',
        'argo-rollouts': '2.40.1',
        'kube-prometheus-stack': '75.6.1',
        'opentelemetry-collector': '0.127.2',
      });
      // one Application per add-on (and the platform config) per environment
      expect(apps(name).length).toBe(1 + 6 * clusters.length);
    }
  });

  it('annotates the service accounts with the IRSA roles terraform/modules/eks creates, per cluster', () => {
    const byChart = (chart: string) =>
      apps('stagingAndProd')
        .filter(a => a.obj.spec.source.chart === chart)
        .map(a => ({
          env: a.obj.metadata.labels['runway.dev/environment'],
          spec: a.obj.spec,
          values: a.obj.spec.source.helm.valuesObject,
        }));
    const role = (env: string, name: string) =>
      `arn:aws:iam::123456789012:role/shop-${env}-${name}`;
    const lbc = byChart('aws-load-balancer-controller');
    expect(lbc.map(a => a.env)).toEqual(['staging', 'prod']);
    for (const { env, values } of lbc)
      expect(values).toMatchObject({
        clusterName: `shop-${env}`,
        region: 'us-east-2',
        serviceAccount: {
          name: 'aws-load-balancer-controller',
          annotations: {
            'eks.amazonaws.com/role-arn': role(
              env,
              'aws-load-balancer-controller',
            ),
          },
        },
      });
    for (const { env, values } of byChart('external-secrets'))
      expect(values.serviceAccount).toEqual({
        name: 'external-secrets',
        annotations: {
          'eks.amazonaws.com/role-arn': role(env, 'external-secrets'),
        },
      });
    const kps = byChart('kube-prometheus-stack');
    expect(
      kps.map(({ env, spec, values }) => ({
        env,
        serverSideApply: spec.syncPolicy.syncOptions.includes(
          'ServerSideApply=true',
        ),
        replicas: values.prometheus.prometheusSpec.replicas,
        rulesFromEveryNamespace:
          values.prometheus.prometheusSpec.ruleSelectorNilUsesHelmValues ===
          false,
      })),
    ).toEqual([
      {
        env: 'staging',
        serverSideApply: true,
        replicas: 1,
        rulesFromEveryNamespace: true,
      },
      {
        env: 'prod',
        serverSideApply: true,
        replicas: 2,
        rulesFromEveryNamespace: true,
      },
    ]);
  });

  it('gives every team a namespace with a quota, in every cluster', () => {
    const list = objects.get('everyEnvironment')!;
    const namespaces = list
      .filter(o => o.obj.kind === 'Namespace')
      .map(o => o.obj.metadata.name);
    expect(namespaces).toEqual([
      'team-checkout',
      'team-payments',
      'team-catalog',
    ]);
    for (const ns of namespaces)
      expect(
        list.some(
          o =>
            o.obj.kind === 'ResourceQuota' && o.obj.metadata.namespace === ns,
        ),
      ).toBe(true);
    // the namespaces are the scope of each team's EKS access entry (terraform/modules/eks)
    const config = apps('everyEnvironment').filter(
      a => a.obj.spec.source.path === 'gitops/platform',
    );
    expect(config.map(a => a.obj.spec.destination.name)).toEqual([
      'runway-dev',
      'runway-staging',
      'runway-prod',
    ]);
  });
});
