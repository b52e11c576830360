import { DemoWorld } from '../world';
import { DemoCluster } from './clusters';
import { demoNetworkObjects } from './networkObjects';
import { DemoKubernetesObject } from './objectMeta';
import { demoWorkloadObjects } from './workloadObjects';
import { demoWorkloadState } from './workloadState';

/**
 * Everything the demo world runs in one cluster: every service's workload, Service and
 * Ingress in the service's namespace. Pure: the same world gives the same objects.
 *
 * @public
 */
export function demoClusterObjects(
  world: DemoWorld,
  cluster: DemoCluster,
): DemoKubernetesObject[] {
  return world.services.flatMap(service => {
    const state = demoWorkloadState(world, service, cluster.environment);
    if (!state) return [];
    return [
      ...demoWorkloadObjects(world, state),
      ...demoNetworkObjects(world, state),
    ];
  });
}
