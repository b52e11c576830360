import { createDemoDeployments } from './deployments';
import { memoForWorld } from './memo';
import { prepareDemoWorld } from './prepare';
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

  it('keeps the answers of the two worlds used last only', () => {
    const [a, b, c] = [1, 2, 3].map(() => createDemoWorld({ size: 12, now }));
    const compute = jest.fn(() => ({}));
    memoForWorld(a, 'k', compute);
    memoForWorld(b, 'k', compute);
    memoForWorld(a, 'k', compute);
    expect(compute).toHaveBeenCalledTimes(2);
    // c pushes out b, the least recently used; a stays.
    memoForWorld(c, 'k', compute);
    memoForWorld(a, 'k', compute);
    expect(compute).toHaveBeenCalledTimes(3);
    memoForWorld(b, 'k', compute);
    expect(compute).toHaveBeenCalledTimes(4);
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

  it('prepares every service ahead of its first use, and stops when asked', async () => {
    const world = createDemoWorld({ size: 12, now });
    const seen: string[] = [];
    await prepareDemoWorld(world, { each: s => seen.push(s.name) });
    expect(seen).toEqual(world.services.map(s => s.name));
    const compute = jest.fn();
    // Already built: the memo answers without building again.
    const service = world.services[5];
    expect(memoForWorld(world, `deployments:${service.name}`, compute)).toEqual(
      createDemoDeployments(createDemoWorld({ size: 12, now }), service.name),
    );
    expect(compute).not.toHaveBeenCalled();

    const controller = new AbortController();
    const some: string[] = [];
    const prepared = prepareDemoWorld(createDemoWorld({ size: 12, now }), {
      signal: controller.signal,
      each: s => {
        some.push(s.name);
        if (some.length === 3) controller.abort();
      },
    });
    await prepared;
    expect(some).toHaveLength(3);
  });
});
