import { Config } from '@backstage/config';

/**
 * `runway.demo.latencyMs`: a delay added to every call of a demo source, so the demo world
 * answers like a real upstream would (the benchmark sets 50 ms). 0 or absent: no delay.
 *
 * @public
 */
export function readDemoLatencyMs(config: Config): number {
  const value = config.getOptionalNumber('runway.demo.latencyMs') ?? 0;
  if (!Number.isFinite(value) || value < 0 || value > 60_000) {
    throw new Error(
      `runway.demo.latencyMs must be between 0 and 60000, got ${value}`,
    );
  }
  return value;
}

/**
 * Wraps a demo source so each of its asynchronous methods waits `latencyMs` before answering. Methods
 * keep their results and errors; properties (kind, name) are untouched.
 * Usage in a family: `const source = withDemoLatency(new DemoXSource(...), readDemoLatencyMs(config));`
 *
 * @public
 */
export function withDemoLatency<T extends object>(
  source: T,
  latencyMs: number,
): T {
  if (latencyMs <= 0) return source;
  return new Proxy(source, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      // Only asynchronous answers are delayed: a synchronous helper stays synchronous.
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        // The answer may fail before the delay is over: mark it handled, the caller still sees it.
        result.catch(() => undefined);
        return new Promise(resolve => setTimeout(resolve, latencyMs)).then(
          () => result,
        );
      };
    },
  });
}
