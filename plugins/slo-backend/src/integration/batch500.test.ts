/**
 * The SLO batch of 500 demo services against a REAL Prometheus, without Sloth's recording
 * rules: the demo world's own Sloth specs (availability, and latency read from a histogram
 * bucket whose `le` differs between services), 3 days of per-minute counters backfilled
 * with promtool as the live bench does. It asserts the number of queries (one for Sloth's
 * rules, one per window) and that the batched answers are exactly what each SLO's own spec
 * query answers, and prints the time of the batch and of each query (no timing assertion:
 * the machine may be busy).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import {
  createDemoWorld,
  DEMO_AVAILABILITY_SLO,
  DEMO_LATENCY_SLO,
  demoSloSpecYaml,
} from '@runway/demo-node';
import {
  BURN_WINDOWS,
  SLO_PERIOD_WINDOW,
  SloWindow,
} from '@runway/plugin-slo-common';
import { substituteWindow } from '@runway/plugin-slo-node';
import { HttpPrometheusClient, PrometheusClient } from '@runway/runway-node';
import { PrometheusSloSource } from '../sources/PrometheusSloSource';
import { SloMeasurement, sloKey } from '../sources/SloSource';
import { parseSlothSpec } from '../spec/slothSpec';
import { RunningPrometheus, startPrometheus } from './realPrometheus';
import {
  generate,
  MINUTE,
  referenceRatio,
  sampleTimes,
  ServiceTraffic,
  writeCounters,
} from './syntheticTraffic';

jest.setTimeout(600_000);

const END = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;
const MINUTES = 3 * 1440;
const WINDOWS: SloWindow[] = [...BURN_WINDOWS, SLO_PERIOD_WINDOW];
const world = createDemoWorld({ size: 500, seed: 42 });
const definitions = world.services.flatMap(s =>
  parseSlothSpec(demoSloSpecYaml(s)),
);
/** Every other service has a latency histogram; the others' latency SLO has no data. */
const withLatency = (i: number) => i % 2 === 0;

function timing(client: PrometheusClient) {
  const log: Array<{ what: string; ms: number; chars: number }> = [];
  const timed = async <T>(what: string, q: string, call: () => Promise<T>) => {
    const started = performance.now();
    try {
      return await call();
    } finally {
      log.push({ what, ms: performance.now() - started, chars: q.length });
    }
  };
  const windowOf = (q: string) =>
    q.includes('__name__=~') ? 'sloth rules' : /\[(\w+)\]/.exec(q)?.[1] ?? '?';
  const wrapped: PrometheusClient = {
    query: (q, t, s) =>
      timed(`query ${windowOf(q)}`, q, () => client.query(q, t, s)),
    queryRange: (q, s, e, st) =>
      timed('range', q, () => client.queryRange(q, s, e, st)),
    alerts: () => timed('alerts', '', () => client.alerts()),
  };
  return { log, client: wrapped };
}

describe('the SLO batch of 500 services on a real Prometheus', () => {
  let workDir: string;
  let prom: RunningPrometheus | undefined;
  let traffic: ServiceTraffic[];
  /** Every window's answer, from the first test: what the cut reading must agree with. */
  let full: Record<string, SloMeasurement> = {};
  const times = sampleTimes(END, MINUTES);
  beforeAll(async () => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-prom500-'));
    // The live bench's traffic: a few services burn their budget.
    traffic = world.services.map((s, i) =>
      generate(
        {
          service: s.name,
          rps: 2 + (i % 7),
          errorRatio: () => (i % 9 ? 0.0004 : 0.004),
          ...(withLatency(i)
            ? {
                latency: {
                  le: String(s.latencyP95Ms / 1000),
                  slowRatio: i % 5 ? 0.001 : 0.02,
                },
              }
            : {}),
        },
        MINUTES,
      ),
    );
    writeCounters(path.join(workDir, 'data.om'), traffic, times);
    prom = await startPrometheus({
      workDir,
      openMetricsFile: path.join(workDir, 'data.om'),
    });
  });
  afterAll(async () => {
    await prom?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  it('reads 1,000 SLOs in one query per window, each equal to its own spec query', async () => {
    const http = new HttpPrometheusClient({
      baseUrl: prom!.url,
      timeoutMs: 60_000,
    });
    const { log, client } = timing(http);
    const source = new PrometheusSloSource(client);
    const started = performance.now();
    const { measurements } = await source.measure(definitions, {
      now: new Date(END * 1000),
      withSeries: false,
    });
    const ms = performance.now() - started;
    full = measurements;
    // eslint-disable-next-line no-console
    console.log(
      `batch of ${definitions.length} SLOs: ${ms.toFixed(0)} ms, ${
        log.filter(l => l.what.startsWith('query')).length
      } queries\n${log
        .map(l => `${l.what}: ${l.ms.toFixed(0)} ms (${l.chars} chars)`)
        .join('\n')}`,
    );

    // One query for Sloth's rules (none here), one per window, the alerts.
    expect(log.filter(l => l.what.startsWith('query'))).toHaveLength(
      1 + WINDOWS.length,
    );
    expect(log.filter(l => l.what === 'alerts')).toHaveLength(1);

    // Every availability SLO is measured; latency ones exactly where a histogram exists.
    world.services.forEach((s, i) => {
      expect(measurements[sloKey(s.name, DEMO_AVAILABILITY_SLO)]?.via).toBe(
        'spec-queries',
      );
      expect(Boolean(measurements[sloKey(s.name, DEMO_LATENCY_SLO)])).toBe(
        withLatency(i),
      );
    });

    // The old path: each SLO's own spec query, one at a time. Same numbers, bit for bit.
    const few = [0, 1, 9, 10, 250, 499].flatMap(i =>
      definitions.filter(d => d.service === world.services[i].name),
    );
    expect(few).toHaveLength(12);
    for (const def of few) {
      for (const w of WINDOWS) {
        const own = await http.query(
          `max(${substituteWindow(def.errorRatioQuery!, w)})`,
          new Date(END * 1000),
        );
        const m = measurements[sloKey(def.service, def.name)];
        // No answer of its own query means no measurement at all, not a number.
        expect(m?.ratios[w] ?? undefined).toBe(
          own.length ? Number(own[0].value[1]) : undefined,
        );
      }
    }
    // And the numbers are the generated ones (errors, or requests slower than `le`).
    for (const i of [0, 10, 18, 250]) {
      const t = traffic[i];
      const measured = (slo: string) =>
        measurements[sloKey(t.service, slo)].ratios['1h']!;
      const expected = (errors: number[]) =>
        referenceRatio({ ...t, errors }, times, END, 3600)!;
      expect(
        Math.abs(measured(DEMO_AVAILABILITY_SLO) - expected(t.errors)),
      ).toBeLessThan(1e-12);
      expect(
        Math.abs(measured(DEMO_LATENCY_SLO) - expected(t.latency!.slow)),
      ).toBeLessThan(1e-12);
    }
  });

  it('reads only the windows the scorecard shows, with the same numbers', async () => {
    const { log, client } = timing(
      new HttpPrometheusClient({ baseUrl: prom!.url, timeoutMs: 60_000 }),
    );
    const source = new PrometheusSloSource(client);
    // What the scorecard's SLO fields (SLI, budget left, the 1d and 3d burn rates; its
    // families/slo.ts) read, as windowsFor answers them (windowsFor.test.ts).
    const windows: SloWindow[] = ['1d', '3d', '30d'];
    const started = performance.now();
    const { measurements } = await source.measure(definitions, {
      now: new Date(END * 1000),
      withSeries: false,
      windows,
    });
    const ms = performance.now() - started;
    // eslint-disable-next-line no-console
    console.log(
      `scorecard's batch of ${definitions.length} SLOs: ${ms.toFixed(
        0,
      )} ms\n${log
        .map(l => `${l.what}: ${l.ms.toFixed(0)} ms (${l.chars} chars)`)
        .join('\n')}`,
    );
    expect(
      log
        .filter(l => l.what.startsWith('query'))
        .map(l => l.what)
        .sort(),
    ).toEqual(['query 1d', 'query 30d', 'query 3d', 'query sloth rules']);
    expect(Object.keys(measurements).sort()).toEqual(Object.keys(full).sort());
    for (const [key, m] of Object.entries(measurements)) {
      for (const w of windows) expect(m.ratios[w]).toBe(full[key].ratios[w]);
      expect(m.ratios['5m']).toBeNull();
    }
  });
});
