import { Entity } from '@backstage/catalog-model';
import { Environment, ENVIRONMENTS } from '../world';

/** One of the demo world's EKS clusters, one per environment. @public */
export interface DemoCluster {
  /** The catalog Resource's name, which Backstage's Kubernetes plugin uses as the cluster name. */
  name: string;
  title: string;
  environment: Environment;
  /** The EKS cluster name: what `x-k8s-aws-id` signs the token for. */
  eksName: string;
  region: string;
  accountId: string;
  apiServer: string;
}

/** The region the symfony-service template defaults to. */
const REGION = 'eu-west-1';
// One AWS account per environment, as a landing zone would have them.
const ACCOUNTS: Record<Environment, string> = {
  dev: '210987654321',
  staging: '321098765432',
  prod: '432109876543',
};
// EKS endpoints carry a 32-hex id; fixed so the catalog files stay stable.
const ENDPOINT_IDS: Record<Environment, string> = {
  dev: '5e1c0c7a9b2d4f6e8a1b3c5d7e9f0a12',
  staging: '7a2b4c6d8e0f1a3b5c7d9e1f2a4b6c83',
  prod: '9c3d5e7f1a2b4c6d8e0f1a3b5c7d9e24',
};

/** The three clusters the symfony-service template deploys to (its `clusters` defaults). @public */
export const DEMO_CLUSTERS: readonly DemoCluster[] = ENVIRONMENTS.map(env => ({
  name: `eks-${env}`,
  title: `EKS ${env} (${REGION})`,
  environment: env,
  eksName: `runway-${env}`,
  region: REGION,
  accountId: ACCOUNTS[env],
  apiServer: `https://${ENDPOINT_IDS[
    env
  ].toUpperCase()}.gr7.${REGION}.eks.amazonaws.com`,
}));

/** The IAM role Runway's backend assumes to read a cluster (see README "Kubernetes on EKS"). @public */
export function demoClusterReaderRole(cluster: DemoCluster): string {
  return `arn:aws:iam::${cluster.accountId}:role/runway-eks-reader`;
}

// A PEM certificate's base64, as `aws eks describe-cluster` returns certificateAuthority.data.
// Not a real CA: the demo never dials these clusters, and a live install replaces this file.
const demoCaData = (cluster: DemoCluster) =>
  Buffer.from(
    `-----BEGIN CERTIFICATE-----\nRunway demo CA for ${cluster.eksName}\n-----END CERTIFICATE-----\n`,
  ).toString('base64');

/** The System the demo clusters belong to. @public */
export const DEMO_PLATFORM_SYSTEM = 'runway-platform';

/**
 * The demo platform as the aws-platform template registers one: a System its clusters belong
 * to (`spec.system`), so the catalog and the Kubernetes tab reach the clusters through it.
 *
 * @public
 */
export function platformSystemEntity(): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: DEMO_PLATFORM_SYSTEM,
      title: 'runway platform',
      description:
        'The demo AWS platform: an EKS cluster per environment (eu-west-1)',
      tags: ['aws', 'platform'],
    },
    spec: { owner: 'team-platform' },
  };
}

/**
 * The clusters as catalog `Resource`s of type `kubernetes-cluster`, annotated the way the
 * Kubernetes backend's `catalog` cluster locator reads them (EKS auth: `aws` provider, the
 * role to assume and the cluster id the token is signed for).
 *
 * @public
 */
export function clusterEntities(): Entity[] {
  return DEMO_CLUSTERS.map(cluster => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: cluster.name,
      title: cluster.title,
      description: `The ${cluster.environment} EKS cluster every service deploys to`,
      annotations: {
        'kubernetes.io/api-server': cluster.apiServer,
        'kubernetes.io/api-server-certificate-authority': demoCaData(cluster),
        'kubernetes.io/auth-provider': 'aws',
        'kubernetes.io/aws-assume-role': demoClusterReaderRole(cluster),
        'kubernetes.io/x-k8s-aws-id': cluster.eksName,
        // EKS ships without metrics-server; skipping saves a call per namespace. No
        // dashboard-url: the frontend's EKS link formatter is not implemented at 0.21.
        'kubernetes.io/skip-metrics-lookup': 'true',
      },
      tags: ['eks', cluster.environment],
    },
    spec: {
      type: 'kubernetes-cluster',
      owner: 'team-platform',
      system: DEMO_PLATFORM_SYSTEM,
    },
  }));
}
