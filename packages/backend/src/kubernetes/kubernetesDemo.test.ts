/**
 * The embedded default's Kubernetes tab: Backstage's own Kubernetes backend with Runway's
 * module in demo mode (demo cluster supplier and fetcher), and the proof that the demo
 * fetcher answers exactly what Backstage's own fetcher makes of API servers serving the
 * same objects at the wire.
 */
import request from 'supertest';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import kubernetesModuleRunway from '@runway/plugin-kubernetes-backend-module-runway';
import {
  createDemoWorld,
  DEMO_CLUSTERS,
  demoClusterObjects,
  serviceEntity,
} from '@runway/demo-node';
import {
  FakeKubernetesApi,
  startFakeKubernetesApi,
} from './__testUtils__/fakeKubernetesApi';
import {
  KubernetesBackendProcess,
  startKubernetesBackendProcess,
} from './__testUtils__/kubernetesBackendProcess';
import { productionKubernetesConfig } from './__testUtils__/runwayKubernetesConfig';
import { inCluster, resourcesOf } from './__testUtils__/responses';

jest.setTimeout(120_000);

const world = createDemoWorld();
const entities = world.services.map(serviceEntity);
const { story } = world;
const kubernetes = {
  serviceLocatorMethod: { type: 'multiTenant' },
  clusterLocatorMethods: [{ type: 'catalog' }],
  ...productionKubernetesConfig(),
};

let demo: Awaited<ReturnType<typeof startTestBackend>>;

beforeAll(async () => {
  demo = await startTestBackend({
    features: [
      kubernetesPlugin,
      kubernetesModuleRunway,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: { runway: { dataSource: 'demo' }, kubernetes },
      }),
    ],
  });
});
afterAll(() => demo?.stop());

async function demoView(name: string) {
  const res = await request(demo.server)
    .post(`/api/kubernetes/services/${name}`)
    .send({
      entity: { kind: 'Component', metadata: { name, namespace: 'default' } },
    });
  expect(res.status).toBe(200);
  return res.body;
}

describe('Kubernetes tab on the embedded default', () => {
  it('lists the three demo EKS clusters', async () => {
    const res = await request(demo.server).get('/api/kubernetes/clusters');
    expect(res.body.items.map((c: any) => c.name)).toEqual([
      'eks-dev',
      'eks-staging',
      'eks-prod',
    ]);
  });

  it('shows every demo service running in dev, staging and prod, with its workload objects', async () => {
    for (const service of world.services) {
      const body = await demoView(service.name);
      expect(body.items.map((i: any) => i.cluster.name)).toEqual([
        'eks-dev',
        'eks-staging',
        'eks-prod',
      ]);
      for (const item of body.items) {
        expect(item.errors).toEqual([]);
        for (const type of [
          'pods',
          'replicasets',
          'services',
          'ingresses',
          'horizontalpodautoscalers',
        ]) {
          const objects = resourcesOf(item, type);
          expect({
            service: service.name,
            type,
            some: objects.length > 0,
          }).toEqual({
            service: service.name,
            type,
            some: true,
          });
          for (const o of objects)
            expect(o.metadata.labels['app.kubernetes.io/name']).toBe(
              service.name,
            );
        }
      }
    }
  });

  it("shows checkout-api's aborted canary as an Argo Rollout in prod", async () => {
    const prod = inCluster(
      await demoView(story.failedCanary.service),
      'eks-prod',
    );
    const [rollout] = resourcesOf(prod, 'customresources');
    expect(rollout).toMatchObject({
      kind: 'Rollout',
      apiVersion: 'argoproj.io/v1alpha1',
      status: { abort: true, phase: 'Degraded', currentStepIndex: 3 },
    });
    expect(rollout.spec.strategy.canary.steps[2]).toEqual({ setWeight: 25 });
    // What the frontend's Rollout panel reads to say "Aborted".
    expect(rollout.status.conditions).toContainEqual(
      expect.objectContaining({
        type: 'Progressing',
        status: 'False',
        reason: 'RolloutAborted',
      }),
    );
  });

  it("shows search-api's prod HPA scaled above its minimum", async () => {
    const prod = inCluster(await demoView(story.scaleUp.service), 'eks-prod');
    const [hpa] = resourcesOf(prod, 'horizontalpodautoscalers');
    expect(hpa.status.currentReplicas).toBeGreaterThan(hpa.spec.minReplicas);
    expect(hpa.status.desiredReplicas).toBe(hpa.status.currentReplicas);
  });

  it('shows the paging service with one pod OOMKilled in CrashLoopBackOff', async () => {
    const paging = story.firingAlerts.find(a => a.severity === 'page')!;
    const prod = inCluster(await demoView(paging.service), 'eks-prod');
    const restarting = resourcesOf(prod, 'pods').filter(
      (p: any) => p.status.containerStatuses[0].restartCount > 0,
    );
    expect(restarting).toHaveLength(1);
    expect(restarting[0].status.containerStatuses[0]).toMatchObject({
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { reason: 'OOMKilled' } },
    });
  });
});

describe("the demo fetcher against Backstage's own fetcher", () => {
  let apis: FakeKubernetesApi[] = [];
  let live: KubernetesBackendProcess;

  beforeAll(async () => {
    apis = await Promise.all(
      DEMO_CLUSTERS.map(c =>
        startFakeKubernetesApi({
          objects: demoClusterObjects(world, c),
          token: 'reader',
        }),
      ),
    );
    live = await startKubernetesBackendProcess({
      runwayDataSource: 'live',
      entities: entities.slice(0, 4),
      kubernetes: {
        ...kubernetes,
        clusterLocatorMethods: [
          {
            type: 'config',
            clusters: DEMO_CLUSTERS.map((c, i) => ({
              name: c.name,
              title: c.title,
              url: apis[i].url,
              authProvider: 'serviceAccount',
              serviceAccountToken: 'reader',
              skipMetricsLookup: true,
            })),
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await live?.stop();
    await Promise.all(apis.map(a => a.close()));
  });

  it('answers the same objects, grouped the same way, as API servers serving the demo world', async () => {
    for (const entity of entities.slice(0, 4)) {
      const wire = await live.servicesView(entity.metadata.name);
      expect(wire.status).toBe(200);
      expect(await demoView(entity.metadata.name)).toEqual(wire.body);
    }
    // 7 lists per cluster per view, as in production.
    for (const api of apis) expect(api.calls).toHaveLength(4 * 7);
  });
});

describe('kubernetes.dataSource: off', () => {
  it('lists no cluster and finds no resources', async () => {
    const off = await startTestBackend({
      features: [
        kubernetesPlugin,
        kubernetesModuleRunway,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            runway: { dataSource: 'demo' },
            kubernetes: { ...kubernetes, dataSource: 'off' },
          },
        }),
      ],
    });
    try {
      const clusters = await request(off.server).get(
        '/api/kubernetes/clusters',
      );
      expect(clusters.body).toEqual({ items: [] });
      const view = await request(off.server)
        .post('/api/kubernetes/services/checkout-api')
        .send({
          entity: {
            kind: 'Component',
            metadata: { name: 'checkout-api', namespace: 'default' },
          },
        });
      expect(view.status).toBe(200);
      expect(view.body).toEqual({ items: [] });
    } finally {
      await off.stop();
    }
  });
});
