import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  kubernetesClusterSupplierExtensionPoint,
  kubernetesFetcherExtensionPoint,
} from '@backstage/plugin-kubernetes-node';
import { readFamilyDataSource } from '@runway/runway-node';
import { DemoClusterSupplier } from './demo/DemoClusterSupplier';
import { DemoFetcher } from './demo/DemoFetcher';
import { DemoWorldObjects } from './demo/demoWorldObjects';
import { TimeoutFetcher } from './live/TimeoutFetcher';

/** The `kubernetes.dataSource` family, falling back to `runway.dataSource`. */
export const KUBERNETES_FAMILY = 'kubernetes';
const DEFAULT_CLUSTER_TIMEOUT_SECONDS = 10;

/**
 * Runway's module for Backstage's Kubernetes backend. In demo mode it supplies the demo
 * world's three clusters and answers from the demo world, so the routes, the grouping and
 * the frontend are Backstage's own on the same path as production. In live mode the
 * backend's own cluster locators and fetcher run; the module only bounds how long one
 * cluster may take (`kubernetes.runway.clusterTimeoutSeconds`). Off, it supplies no cluster.
 *
 * @public
 */
export const kubernetesModuleRunway = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'runway',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        clusterSupplier: kubernetesClusterSupplierExtensionPoint,
        fetcher: kubernetesFetcherExtensionPoint,
      },
      async init({ config, logger, clusterSupplier, fetcher }) {
        const mode = readFamilyDataSource(config, KUBERNETES_FAMILY);
        if (mode === 'demo') {
          logger.info(
            'Kubernetes: demo clusters eks-dev, eks-staging, eks-prod',
          );
          clusterSupplier.addClusterSupplier(new DemoClusterSupplier());
          const world = new DemoWorldObjects(config);
          fetcher.addFetcher(new DemoFetcher(world));
          return;
        }
        if (mode === 'off') {
          // Backstage's plugin needs its config to start; off means it lists no cluster.
          logger.info('Kubernetes: off (kubernetes.dataSource), no clusters');
          clusterSupplier.addClusterSupplier({ getClusters: async () => [] });
          return;
        }
        const seconds =
          config.getOptionalNumber('kubernetes.runway.clusterTimeoutSeconds') ??
          DEFAULT_CLUSTER_TIMEOUT_SECONDS;
        fetcher.addFetcher(
          async ({ getDefault }) =>
            new TimeoutFetcher(await getDefault(), seconds * 1000),
        );
      },
    });
  },
});
