import { apiServerList, pluralOf } from './apiServerList';

const meta = (name: string, namespace: string, app: string) => ({
  name,
  namespace,
  resourceVersion: String(100 + name.length),
  labels: { 'app.kubernetes.io/name': app },
});
const objects = [
  { apiVersion: 'v1', kind: 'Pod', metadata: meta('a-1', 'a', 'a') },
  { apiVersion: 'v1', kind: 'Pod', metadata: meta('b-1', 'b', 'b') },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: meta('a', 'a', 'a'),
  },
  {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: meta('a', 'a', 'a'),
  },
];

describe('apiServerList', () => {
  it('answers a <Kind>List of the selected objects, built-in items without their type', () => {
    const list = apiServerList(
      objects,
      { group: '', apiVersion: 'v1', plural: 'pods' },
      { labelSelector: 'app.kubernetes.io/name=a', builtIn: true },
    );
    expect(list).toEqual({
      kind: 'PodList',
      apiVersion: 'v1',
      metadata: { resourceVersion: '103' },
      items: [{ metadata: objects[0].metadata }],
    });
  });

  it('keeps kind and apiVersion on custom resources, and filters by namespace', () => {
    const rollouts = {
      group: 'argoproj.io',
      apiVersion: 'v1alpha1',
      plural: 'rollouts',
    };
    expect(
      apiServerList(objects, rollouts, { namespace: 'a', builtIn: false })
        .items,
    ).toEqual([objects[3]]);
    expect(
      apiServerList(objects, rollouts, { namespace: 'b', builtIn: false }),
    ).toMatchObject({
      kind: 'RolloutList',
      items: [],
    });
  });

  it('matches the group/version and the plural, not the kind alone', () => {
    const ingresses = {
      group: 'networking.k8s.io',
      apiVersion: 'v1',
      plural: 'ingresses',
    };
    expect(
      apiServerList(objects, ingresses, { builtIn: true }).items,
    ).toHaveLength(1);
    expect(
      apiServerList(
        objects,
        { ...ingresses, apiVersion: 'v1beta1' },
        { builtIn: true },
      ).items,
    ).toHaveLength(0);
    expect(pluralOf('HorizontalPodAutoscaler')).toBe(
      'horizontalpodautoscalers',
    );
    expect(pluralOf('Ingress')).toBe('ingresses');
  });
});
