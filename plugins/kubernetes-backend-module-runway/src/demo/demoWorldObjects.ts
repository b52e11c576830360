import {
  createDemoWorld,
  DEMO_CLUSTERS,
  demoClusterObjects,
  DemoKubernetesObject,
  DemoWorldOptions,
} from '@runway/demo-node';

/**
 * The demo world's objects per cluster name, built once per hour: the world changes on
 * the hour, and a tab view asks for each object type of each cluster.
 */
export class DemoWorldObjects {
  private cached?: {
    now: string;
    byCluster: Map<string, DemoKubernetesObject[]>;
  };

  constructor(private readonly options: Omit<DemoWorldOptions, 'now'>) {}

  forCluster(name: string): DemoKubernetesObject[] | undefined {
    const world = createDemoWorld(this.options);
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
