import { createDemoDeployments } from './deployments';
import { demoSloDefinitions, demoSloMeasurement } from './slo';
import { DemoService, DemoWorld } from './world';

/**
 * Builds, ahead of the first request, the series of every service that the families build
 * on first use (each service's deploys and CI runs, its SLO numbers), one service at a
 * time and yielding to the event loop in between, so a backend starting in demo mode stays
 * responsive while it prepares. `each` adds a family's own per-service work. Stops early
 * when `signal` is aborted.
 *
 * @public
 */
export async function prepareDemoWorld(
  world: DemoWorld,
  options: {
    each?: (service: DemoService) => void;
    signal?: AbortSignal;
  } = {},
): Promise<void> {
  for (const service of world.services) {
    if (options.signal?.aborted) return;
    createDemoDeployments(world, service.name);
    for (const slo of demoSloDefinitions(service))
      demoSloMeasurement(world, service, slo);
    options.each?.(service);
    await new Promise(resolve => setImmediate(resolve));
  }
}
