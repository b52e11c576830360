import { DemoWorld } from '../world';
import {
  DemoKubernetesObject,
  objectMeta,
  objectRandom,
  safeName,
  selectorLabels,
} from './objectMeta';
import { DemoWorkloadState } from './workloadState';

/** The chart's Service and its AWS Load Balancer Controller Ingress, with their status. @public */
export function demoNetworkObjects(
  world: DemoWorld,
  state: DemoWorkloadState,
): DemoKubernetesObject[] {
  const name = state.service.name;
  const rnd = objectRandom(world, 'cluster-ip', state.environment, name);
  const clusterIP = `172.20.${rnd.int(0, 255)}.${rnd.int(1, 254)}`;
  const host = `${name}.${state.environment}.internal.example`;
  // One ALB per IngressGroup (the chart's groupName), named by the controller.
  const alb = `internal-k8s-runwayinternal-${safeName(
    world,
    10,
    'alb',
    state.environment,
  )}-${objectRandom(world, 'alb-id', state.environment).int(
    100_000_000,
    999_999_999,
  )}`;
  const tls = state.environment !== 'dev';
  return [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: objectMeta(world, state, 'Service', name, state.createdAt),
      spec: {
        type: 'ClusterIP',
        clusterIP,
        clusterIPs: [clusterIP],
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
        sessionAffinity: 'None',
        selector: selectorLabels(state),
        ports: [
          { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' },
        ],
      },
      status: { loadBalancer: {} },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: objectMeta(world, state, 'Ingress', name, state.createdAt, {
        annotations: {
          'alb.ingress.kubernetes.io/scheme': 'internal',
          'alb.ingress.kubernetes.io/target-type': 'ip',
          'alb.ingress.kubernetes.io/group.name': 'runway-internal',
          'alb.ingress.kubernetes.io/healthcheck-path': '/readyz',
          'alb.ingress.kubernetes.io/listen-ports': tls
            ? '[{"HTTPS":443}]'
            : '[{"HTTP":80}]',
        },
        generation: 1,
      }),
      spec: {
        ingressClassName: 'alb',
        rules: [
          {
            host,
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name, port: { name: 'http' } } },
                },
              ],
            },
          },
        ],
      },
      status: {
        loadBalancer: {
          ingress: [{ hostname: `${alb}.eu-west-1.elb.amazonaws.com` }],
        },
      },
    },
  ];
}
