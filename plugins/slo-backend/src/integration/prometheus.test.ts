/**
 * The SLO backend against a REAL Prometheus (Debian's `prometheus` + `promtool`): 31 days of
 * synthetic per-minute request counters for two services are backfilled with
 * `promtool tsdb create-blocks-from openmetrics`, a prometheus is started on a free loopback
 * port, and the backend's SLI, budget and burn rates are compared with the same numbers
 * computed straight from the generated data.
 *
 * Tolerance: 1e-9 relative for ratios, SLI, budget and burn rates. Prometheus' rate()
 * extrapolation scales the error and total counters by the same factor (same sample times,
 * counters far from zero), so the ratio is exact up to float rounding. The hourly burn-down
 * is compared within 0.02 of the budget: each hourly rate() loses the interval that straddles
 * the hour boundary.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { HttpPrometheusClient, PrometheusClient } from '@runway/runway-node';
import { BURN_WINDOWS, SloReport } from '@runway/plugin-slo-common';
import { PrometheusSloSource } from '../sources/PrometheusSloSource';
import { buildReport } from '../service/buildReport';
import { parseSlothSpec } from '../spec/slothSpec';
import { sloKey } from '../sources/SloSource';
import { windowSeconds } from '../service/sloMath';
import {
  requireBinary,
  RunningPrometheus,
  startPrometheus,
} from './realPrometheus';
import {
  GaugeSeries,
  generate,
  MINUTE,
  referenceRatio,
  sampleTimes,
  ServiceTraffic,
  writeCounters,
} from './syntheticTraffic';

jest.setTimeout(240_000);

const END = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;
const MINUTES = 31 * 1440 + 60;
const times = sampleTimes(END, MINUTES);
const DAY_MIN = 1440;

const alpha = generate(
  {
    service: 'alpha',
    rps: 20,
    // 0.5x budget as usual, a 1-hour incident two days ago, and burning 20x for the last hour.
    errorRatio: ago => {
      if (ago < 60) return 0.02;
      if (ago >= 2 * DAY_MIN && ago < 2 * DAY_MIN + 60) return 0.05;
      return 0.0005;
    },
  },
  MINUTES,
);
const beta = generate(
  {
    service: 'beta',
    rps: 10,
    // 1.4x budget for three days (a ticket), and no traffic at all in the last 10 minutes.
    errorRatio: ago => (ago < 3 * DAY_MIN ? 0.007 : 0.002),
    silentMinutes: 10,
  },
  MINUTES,
);

const spec = (service: string, objective: number) => `
version: prometheus/v1
service: ${service}
slos:
  - name: requests-availability
    objective: ${objective}
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
    alerting:
      name: HighErrorRate
`;
const gammaSpec = `
version: prometheus/v1
service: gamma
slos:
  - name: latency
    objective: 99
    sli:
      plugin:
        id: sloth-common/kubernetes/apiserver/latency
    alerting:
      name: ApiserverLatency
`;
const definitions = [
  ...parseSlothSpec(spec('alpha', 99.9)),
  ...parseSlothSpec(spec('beta', 99.5)),
];
const budgets: Record<string, number> = {
  alpha: 0.001,
  beta: 0.005,
  gamma: 0.01,
};
const traffic: Record<string, ServiceTraffic> = { alpha, beta };
const WINDOWS = [...BURN_WINDOWS, '30d'] as const;
const ref = (t: ServiceTraffic, w: string) =>
  referenceRatio(t, times, END, windowSeconds(w));

function expectClose(
  actual: number | null | undefined,
  expected: number | null,
  relative = 1e-9,
) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(typeof actual).toBe('number');
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(
    Math.abs(expected) * relative + 1e-12,
  );
}

/** Counts calls, to prove the queries are batched. */
function counting(client: PrometheusClient) {
  const calls = { query: 0, queryRange: 0, alerts: 0 };
  const wrapped: PrometheusClient = {
    query: (q, t, s) => {
      calls.query++;
      return client.query(q, t, s);
    },
    queryRange: (q, s, e, st) => {
      calls.queryRange++;
      return client.queryRange(q, s, e, st);
    },
    alerts: () => {
      calls.alerts++;
      return client.alerts();
    },
  };
  return { calls, client: wrapped };
}

/** `rounds`: measurements on one source; the reports and calls are the last one's. */
async function measureAll(url: string, defs = definitions, rounds = 1) {
  const { calls, client } = counting(
    new HttpPrometheusClient({ baseUrl: url, timeoutMs: 30_000 }),
  );
  const source = new PrometheusSloSource(client);
  let result!: Awaited<ReturnType<PrometheusSloSource['measure']>>;
  for (let round = 0; round < rounds; round++) {
    Object.assign(calls, { query: 0, queryRange: 0, alerts: 0 });
    result = await source.measure(defs, {
      now: new Date(END * 1000),
      withSeries: true,
    });
  }
  const { measurements, alerts } = result;
  const reports: Record<string, SloReport> = {};
  for (const def of defs) {
    const key = sloKey(def.service, def.name);
    const own = alerts.filter(
      a => a.service === def.service && a.slo === def.name,
    );
    reports[def.service] = buildReport(def, measurements[key], own, true);
  }
  return { reports, calls };
}

function checkAgainstReference(report: SloReport, t: ServiceTraffic) {
  const budget = budgets[t.service];
  for (const w of BURN_WINDOWS) {
    const r = ref(t, w);
    expectClose(report.burnRates[w], r === null ? null : r / budget);
  }
  const period = ref(t, '30d')!;
  expectClose(report.sli, 1 - period);
  expectClose(report.budget.consumed, period / budget);
  expectClose(report.budget.remaining, 1 - period / budget);
  expect(report.budget.total).toBe(budget);
}

describe('the real-Prometheus harness', () => {
  it('fails with a clear message instead of skipping when a binary is missing', () => {
    expect(() => requireBinary('prometheus-not-installed-here')).toThrow(
      "The real-Prometheus integration test needs the 'prometheus-not-installed-here' binary on PATH. Install Debian's prometheus package",
    );
  });
});

describe('SLOs on a real Prometheus', () => {
  let workDir: string;
  beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-prom-'));
  });
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  describe('from raw request counters (the spec queries)', () => {
    let prom: RunningPrometheus | undefined;
    beforeAll(async () => {
      const dir = path.join(workDir, 'raw');
      fs.mkdirSync(dir);
      writeCounters(path.join(dir, 'data.om'), [alpha, beta], times);
      prom = await startPrometheus({
        workDir: dir,
        openMetricsFile: path.join(dir, 'data.om'),
      });
    });
    afterAll(async () => prom?.stop());

    it('gives SLI, budget and burn rates equal to the generated data', async () => {
      const { reports, calls } = await measureAll(prom!.url);
      checkAgainstReference(reports.alpha, alpha);
      checkAgainstReference(reports.beta, beta);
      expect(reports.alpha.via).toBe('spec-queries');
      expect(reports.alpha.status).toBe('page');
      expect(reports.beta.status).toBe('ticket');
      // beta had no traffic in the last 10 minutes: its 5m window is unknown, not perfect.
      expect(reports.beta.burnRates['5m']).toBeNull();
      // 1 lookup of every Sloth series, then 1 query per window for BOTH services (one
      // shape, read `sum by (service)`); 2 range queries for the burn-down; 1 alerts call.
      expect(calls).toEqual({ query: 9, queryRange: 2, alerts: 1 });
    });

    it('draws a burn-down that ends at the remaining budget and drops in the incident hour', async () => {
      const { reports } = await measureAll(prom!.url);
      const series = reports.alpha.series!;
      expect(series).toHaveLength(720);
      expect(
        Math.abs(series[719].remaining - reports.alpha.budget.remaining!),
      ).toBeLessThan(0.02);
      const drops = series
        .slice(1)
        .map((p, i) => ({ t: p.t, drop: series[i].remaining - p.remaining }));
      const worst = drops.slice(0, -2).sort((a, b) => b.drop - a.drop)[0];
      const incidentEnd = (END - 2 * DAY_MIN * MINUTE) * 1000;
      expect(Math.abs(Date.parse(worst.t) - incidentEnd)).toBeLessThanOrEqual(
        3600_000,
      );
    });
  });

  describe('with Sloth recording-rule series present', () => {
    let prom: RunningPrometheus | undefined;
    const recorded: Record<string, Record<string, number>> = {};
    beforeAll(async () => {
      const dir = path.join(workDir, 'rules');
      fs.mkdirSync(dir);
      const gauges: GaugeSeries[] = [];
      const recent = times.slice(-10);
      for (const svc of ['alpha', 'beta', 'gamma']) {
        const slo = svc === 'gamma' ? 'latency' : 'requests-availability';
        const labels = {
          sloth_service: svc,
          sloth_slo: slo,
          sloth_id: `${svc}-${slo}`,
        };
        recorded[svc] = {};
        for (const w of WINDOWS) {
          // gamma has no raw counters at all: only Sloth's rules know it (0.3% errors).
          const r = svc === 'gamma' ? 0.003 : ref(traffic[svc], w);
          if (r === null) continue;
          recorded[svc][w] = r;
          gauges.push({
            name: `slo:sli_error:ratio_rate${w}`,
            labels: { ...labels, sloth_window: w },
            samples: recent.map(t => [t, r]),
          });
        }
        recorded[svc].remaining = 1 - recorded[svc]['30d'] / budgets[svc];
        gauges.push({
          name: 'slo:period_error_budget_remaining:ratio',
          labels,
          samples: recent.map(t => [t, recorded[svc].remaining]),
        });
      }
      writeCounters(path.join(dir, 'data.om'), [alpha, beta], times, gauges);
      const rules = `groups:
  - name: sloth-slo-alerts-alpha
    rules:
      - alert: AlphaHighErrorRate
        expr: sum(rate(http_requests_total{service="alpha",code="500"}[5m])) / sum(rate(http_requests_total{service="alpha"}[5m])) > 14.4 * 0.001
        labels: { severity: page, sloth_service: alpha, sloth_slo: requests-availability, sloth_severity: page }
`;
      prom = await startPrometheus({
        workDir: dir,
        openMetricsFile: path.join(dir, 'data.om'),
        rules,
      });
      // Wait for the first rule evaluation to fire the alert.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const alerts = await new HttpPrometheusClient({
          baseUrl: prom.url,
        }).alerts();
        if (alerts.some(a => a.state === 'firing')) break;
        await new Promise(r => setTimeout(r, 500));
      }
    });
    afterAll(async () => prom?.stop());

    it('reads the recording rules instead of the spec queries, in one query', async () => {
      const defs = [...definitions, ...parseSlothSpec(gammaSpec)];
      // The second measurement of a process: the first, not knowing the rules exist, also
      // sent the window queries (asserted in the source's own tests).
      const { reports, calls } = await measureAll(prom!.url, defs, 2);
      for (const svc of ['alpha', 'beta', 'gamma']) {
        const report = reports[svc];
        expect(report.via).toBe('sloth-recording-rules');
        for (const w of BURN_WINDOWS) {
          const r = recorded[svc][w];
          expectClose(
            report.burnRates[w],
            r === undefined ? null : r / budgets[svc],
          );
        }
        expectClose(report.budget.remaining, recorded[svc].remaining);
        expectClose(report.sli, 1 - recorded[svc]['30d']);
      }
      checkAgainstReference(reports.alpha, alpha);
      expect(reports.gamma.budget.remaining).toBeCloseTo(0.7, 9);
      // no fallback queries: 1 query for every window and the remaining budget, and one
      // range query for all burn-downs
      expect(calls).toEqual({ query: 1, queryRange: 1, alerts: 1 });
      expect(reports.alpha.alerts).toEqual([
        expect.objectContaining({
          alertname: 'AlphaHighErrorRate',
          severity: 'page',
        }),
      ]);
      expect(reports.beta.alerts).toEqual([]);
    });
  });
});
