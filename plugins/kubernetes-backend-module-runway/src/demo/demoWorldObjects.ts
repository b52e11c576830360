import {
  DEMO_CLUSTERS,
  demoClusterObjects,
  DemoKubernetesObject,
  DemoWorldConfig,
  demoWorldFromConfig,
} from '@runway/demo-node';

/**
 * The demo world's objects per cluster name, built once per hour from the world every
 * family shares: the world changes on the hour, and a tab view asks for each object type
 * of each cluster.
 */
export class DemoWorldObjects {
  private cached?: {
    now: string;
    byCluster: Map<string, DemoKubernetesObject[]>;
  };

  constructor(private readonly config: DemoWorldConfig) {}

  forCluster(name: string): DemoKubernetesObject[] | undefined {
    const world = demoWorldFromConfig(this.config);
    if (this.cached?.now !== world.now) {
      this.cached = {
        now: world.now,
        byCluster: new Map(
          DEMO_CLUSTERS.map(c => [c.name, demoClusterObjects(world, c)]),
        ),
      };
    }
    return this.cached.byCluster.get(name);
  }
}
