import { createDemoWorld } from '../world';
import {
  clusterEntities,
  DEMO_CLUSTERS,
  platformSystemEntity,
} from './clusters';
import { demoClusterObjects } from './clusterObjects';
import { DemoKubernetesObject } from './objectMeta';

const world = createDemoWorld({ now: new Date('2026-03-10T09:00:00Z') });
const byCluster = new Map(
  DEMO_CLUSTERS.map(c => [c.environment, demoClusterObjects(world, c)]),
);
const prod = byCluster.get('prod')!;
const named = (objects: DemoKubernetesObject[], kind: string, ns: string) =>
  objects.filter(o => o.kind === kind && o.metadata.namespace === ns);
const status = (o: DemoKubernetesObject) => o.status as any;

describe('demoClusterObjects', () => {
  it('runs every service in dev, staging and prod, labelled with the chart selector labels', () => {
    for (const [env, objects] of byCluster) {
      for (const service of world.services) {
        const pods = named(objects, 'Pod', service.name);
        expect({ env, service: service.name, pods: pods.length > 0 }).toEqual({
          env,
          service: service.name,
          pods: true,
        });
        for (const kind of [
          'ReplicaSet',
          'Service',
          'Ingress',
          'HorizontalPodAutoscaler',
        ]) {
          expect(named(objects, kind, service.name).length).toBeGreaterThan(0);
        }
        for (const o of objects.filter(
          x => x.metadata.namespace === service.name,
        )) {
          expect(o.metadata.labels['app.kubernetes.io/name']).toBe(
            service.name,
          );
        }
      }
    }
  });

  it('chains every pod to a ReplicaSet and every ReplicaSet to a Deployment or Rollout by uid', () => {
    for (const objects of byCluster.values()) {
      const byUid = new Map(objects.map(o => [o.metadata.uid, o]));
      expect(byUid.size).toBe(objects.length);
      for (const pod of objects.filter(o => o.kind === 'Pod')) {
        const rs = byUid.get(pod.metadata.ownerReferences![0].uid)!;
        expect(rs.kind).toBe('ReplicaSet');
        const owner = byUid.get(rs.metadata.ownerReferences![0].uid)!;
        expect(['Deployment', 'Rollout']).toContain(owner.kind);
        expect(owner.metadata.namespace).toBe(pod.metadata.namespace);
      }
    }
  });

  it("keeps the failed canary's Rollout aborted and Degraded, on the stable revision", () => {
    const [rollout] = named(prod, 'Rollout', world.story.failedCanary.service);
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
    expect(status(rollout)).toMatchObject({
      abort: true,
      phase: 'Degraded',
      currentStepIndex: 3,
      abortedAt: world.story.failedCanary.rolledBackAt,
    });
    expect(status(rollout).message).toMatch(/^RolloutAborted: /);
    const steps = (rollout.spec as any).strategy.canary.steps;
    expect(steps[2]).toEqual({ setWeight: 25 });
    const pods = named(prod, 'Pod', world.story.failedCanary.service);
    expect(
      pods.every(
        p =>
          p.metadata.labels['rollouts-pod-template-hash'] ===
          status(rollout).stableRS,
      ),
    ).toBe(true);
  });

  it('pauses the canary under way on its 25% step with a quarter of the pods', () => {
    const [rollout] = named(prod, 'Rollout', world.services[1].name);
    expect(status(rollout)).toMatchObject({
      phase: 'Paused',
      currentStepIndex: 3,
    });
    const pods = named(prod, 'Pod', world.services[1].name);
    const canary = pods.filter(
      p =>
        p.metadata.labels['rollouts-pod-template-hash'] ===
        status(rollout).currentPodHash,
    );
    expect(canary.length).toBe(Math.ceil(pods.length / 4));
  });

  it("holds the scaled-up service's prod HPA above its minimum, at its maximum", () => {
    const [hpa] = named(
      prod,
      'HorizontalPodAutoscaler',
      world.story.scaleUp.service,
    );
    const { minReplicas, maxReplicas } = hpa.spec as any;
    expect(status(hpa).currentReplicas).toBeGreaterThan(minReplicas);
    expect(status(hpa).desiredReplicas).toBe(maxReplicas);
    expect(named(prod, 'Pod', world.story.scaleUp.service)).toHaveLength(
      maxReplicas,
    );
  });

  it('has exactly one pod OOMKilled in CrashLoopBackOff, on the service that pages', () => {
    const paging = world.story.firingAlerts.find(a => a.severity === 'page')!;
    const restarting = [...byCluster.values()]
      .flat()
      .filter(
        o =>
          o.kind === 'Pod' && status(o).containerStatuses[0].restartCount > 0,
      );
    expect(restarting).toHaveLength(1);
    expect(restarting[0].metadata.namespace).toBe(paging.service);
    expect(status(restarting[0]).containerStatuses[0]).toMatchObject({
      ready: false,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
    });
  });

  it('is the same world every time within the hour', () => {
    expect(
      demoClusterObjects(
        createDemoWorld({ now: new Date('2026-03-10T09:00:00Z') }),
        DEMO_CLUSTERS[2],
      ),
    ).toEqual(prod);
  });
});

describe('clusterEntities', () => {
  it('annotates each cluster the way the catalog cluster locator reads an EKS cluster', () => {
    for (const entity of clusterEntities()) {
      expect(entity.spec).toMatchObject({
        type: 'kubernetes-cluster',
        system: platformSystemEntity().metadata.name,
      });
      expect(entity.metadata.annotations).toMatchObject({
        'kubernetes.io/auth-provider': 'aws',
        'kubernetes.io/aws-assume-role': expect.stringMatching(
          /^arn:aws:iam::\d{12}:role\//,
        ),
        'kubernetes.io/x-k8s-aws-id': expect.stringMatching(/^runway-/),
        'kubernetes.io/api-server': expect.stringMatching(
          /^https:\/\/[0-9A-F]{32}\.gr7\.[a-z0-9-]+\.eks\.amazonaws\.com$/,
        ),
      });
      const ca = Buffer.from(
        entity.metadata.annotations![
          'kubernetes.io/api-server-certificate-authority'
        ],
        'base64',
      ).toString();
      expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
    }
  });
});
