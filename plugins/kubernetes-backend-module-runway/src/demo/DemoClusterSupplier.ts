import {
  ClusterDetails,
  KubernetesClustersSupplier,
} from '@backstage/plugin-kubernetes-node';
import { ANNOTATION_KUBERNETES_AUTH_PROVIDER } from '@backstage/plugin-kubernetes-common';
import { DEMO_CLUSTERS } from '@runway/demo-node';

/**
 * The demo world's three EKS clusters, named like the catalog's `kubernetes-cluster`
 * Resources. Their auth provider is `localKubectlProxy` (anonymous) rather than `aws`: the
 * demo fetcher dials nothing, and the aws strategy would ask STS for a token first.
 */
export class DemoClusterSupplier implements KubernetesClustersSupplier {
  async getClusters(): Promise<ClusterDetails[]> {
    return DEMO_CLUSTERS.map(cluster => ({
      name: cluster.name,
      title: cluster.title,
      url: cluster.apiServer,
      authMetadata: {
        [ANNOTATION_KUBERNETES_AUTH_PROVIDER]: 'localKubectlProxy',
      },
      skipMetricsLookup: true,
    }));
  }
}
