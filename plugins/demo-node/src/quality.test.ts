import {
  createDemoQuality,
  DEMO_QUALITY_RUNS,
  demoQualityStory,
} from './quality';
import { createDemoWorld } from './world';

const world = createDemoWorld({ now: new Date('2026-11-20T12:00:00Z') });
const story = demoQualityStory(world);
const last = <T>(runs: Array<T | undefined>) =>
  runs.filter((r): r is T => r !== undefined).at(-1);

describe('createDemoQuality', () => {
  it('is deterministic for a world', () => {
    expect(createDemoQuality(world, 'cart-api')).toEqual(
      createDemoQuality(world, 'cart-api'),
    );
  });

  it('posts reports from the last CI runs, on their commits, oldest first', () => {
    const runs = createDemoQuality(world, 'cart-api');
    expect(runs).toHaveLength(DEMO_QUALITY_RUNS);
    const times = runs.flatMap(r =>
      r.coverage ? [r.coverage.measuredAt] : [],
    );
    expect([...times].sort()).toEqual(times);
    expect(times.at(-1)! <= world.now).toBe(true);
    expect(runs[0].artifact).toBe(`cart-api:${runs[0].commit.slice(0, 7)}`);
  });

  it("gives the failed canary's service a last load test above its SLO threshold", () => {
    expect(story.slowLoadTest).toBe(world.story.failedCanary.service);
    const runs = createDemoQuality(world, story.slowLoadTest);
    const load = last(runs.map(r => r.loadTest))!;
    expect(load.p95Ms).toBeGreaterThan(load.sloThresholdMs);
    const service = world.services.find(s => s.name === story.slowLoadTest)!;
    expect(load.sloThresholdMs).toBe(service.latencyP95Ms);
    // Before the slow release it was fast.
    const first = runs.find(r => r.loadTest)!.loadTest!;
    expect(first.p95Ms).toBeLessThan(first.sloThresholdMs);
  });

  it('keeps that story whatever the hour', () => {
    for (let h = 0; h < 24 * 9; h += 7) {
      const w = createDemoWorld({
        now: new Date(Date.parse('2026-11-20T00:00:00Z') + h * 3600_000),
      });
      const s = demoQualityStory(w);
      const load = last(
        createDemoQuality(w, s.slowLoadTest).map(r => r.loadTest),
      )!;
      expect(load.p95Ms).toBeGreaterThan(load.sloThresholdMs);
    }
  });

  it('has one service below 90 % coverage and the rest healthy', () => {
    const latest = world.services.map(service => {
      const runs = createDemoQuality(world, service.name);
      const coverage = last(runs.map(r => r.coverage))!;
      const load = last(runs.map(r => r.loadTest));
      return {
        name: service.name,
        lowCoverage: coverage.covered / coverage.statements < 0.9,
        loadTest: load ? load.p95Ms <= load.sloThresholdMs : 'none',
      };
    });
    expect(latest.filter(s => s.lowCoverage).map(s => s.name)).toEqual([
      story.lowCoverage,
    ]);
    expect(latest.filter(s => s.loadTest === false).map(s => s.name)).toEqual([
      story.slowLoadTest,
    ]);
    // Workers serve no HTTP: no load test.
    expect(latest.filter(s => s.loadTest === 'none').map(s => s.name)).toEqual(
      world.services.map(s => s.name).filter(n => n.endsWith('-worker')),
    );
  });
});
