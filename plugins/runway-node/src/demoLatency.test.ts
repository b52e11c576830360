import { ConfigReader } from '@backstage/config';
import { readDemoLatencyMs, withDemoLatency } from './demoLatency';

describe('demo latency', () => {
  it('reads runway.demo.latencyMs, 0 when absent, and refuses nonsense', () => {
    expect(
      readDemoLatencyMs(
        new ConfigReader({ runway: { demo: { latencyMs: 50 } } }),
      ),
    ).toBe(50);
    expect(readDemoLatencyMs(new ConfigReader({}))).toBe(0);
    expect(() =>
      readDemoLatencyMs(
        new ConfigReader({ runway: { demo: { latencyMs: -1 } } }),
      ),
    ).toThrow(/between 0/);
  });

  it('delays asynchronous methods and keeps results, errors and properties', async () => {
    const source = {
      kind: 'demo',
      calls: 0,
      async read(x: number) {
        this.calls++;
        return x * 2;
      },
      async fail() {
        throw new Error('nope');
      },
      label() {
        return 'sync';
      },
    };
    const slow = withDemoLatency(source, 40);
    expect(slow.kind).toBe('demo');
    const started = Date.now();
    await expect(slow.read(21)).resolves.toBe(42);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(source.calls).toBe(1);
    await expect(slow.fail()).rejects.toThrow('nope');
    // A synchronous helper is not turned into a promise.
    expect(slow.label()).toBe('sync');
  });

  it('returns the source itself when there is no latency', () => {
    const source = { a: 1 };
    expect(withDemoLatency(source, 0)).toBe(source);
  });
});
