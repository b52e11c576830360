import { createDemoDeployments } from './deployments';
import { memoForWorld } from './memo';
import { demoSloDefinitions, demoSloMeasurement } from './slo';
import { createDemoWorld } from './world';

const now = new Date('2026-06-01T12:00:00Z');

describe('memoForWorld', () => {
  it('computes once per world and key', () => {
    const world = createDemoWorld({ size: 12, now });
    const compute = jest.fn(() => ({ n: 1 }));
    const first = memoForWorld(world, 'k', compute);
    expect(memoForWorld(world, 'k', compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    memoForWorld(world, 'other', compute);
    memoForWorld(createDemoWorld({ size: 12, now }), 'k', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('shares a service’s deployments and SLO numbers within a world, and only there', () => {
    const world = createDemoWorld({ size: 12, now });
    const service = world.services[3];
    const deployments = createDemoDeployments(world, service.name);
    expect(createDemoDeployments(world, service.name)).toBe(deployments);
    const [availability, latency] = demoSloDefinitions(service);
    const measured = demoSloMeasurement(world, service, availability);
    expect(demoSloMeasurement(world, service, availability)).toBe(measured);
    expect(demoSloMeasurement(world, service, latency)).not.toBe(measured);
    // Another objective is another SLO, even under the same name.
    expect(
      demoSloMeasurement(world, service, { ...availability, objective: 90 }),
    ).not.toEqual(measured);

    // A world built the same way gives equal numbers, computed afresh.
    const again = createDemoWorld({ size: 12, now });
    expect(createDemoDeployments(again, service.name)).not.toBe(deployments);
    expect(createDemoDeployments(again, service.name)).toEqual(deployments);
    expect(demoSloMeasurement(again, again.services[3], availability)).toEqual(
      measured,
    );
  });
});
