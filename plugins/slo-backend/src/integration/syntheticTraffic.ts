import fs from 'fs';

/**
 * 30+ days of per-minute request counters for the integration test, and the reference maths
 * computed straight from those numbers (no PromQL), to compare the backend against.
 */

export const MINUTE = 60;
/** Samples sit half a minute off the window edges so no sample lands exactly on a boundary. */
export const SAMPLE_OFFSET = 30;
/** Counters start high so Prometheus' extrapolation never clamps them at zero. */
const COUNTER_START = 1_000_000_000;

export interface ServiceTraffic {
  service: string;
  /** Requests and errors in the minute ending at `times[i]`. */
  requests: number[];
  errors: number[];
  /** Also a request-duration histogram: its `le` bucket and the requests slower than it. */
  latency?: { le: string; slow: number[] };
}

export interface TrafficPlan {
  service: string;
  rps: number;
  /** Error ratio as a function of minutes before the end (0 = the last minute). */
  errorRatio: (minutesAgo: number) => number;
  /** Minutes at the end without any request. */
  silentMinutes?: number;
  /** Writes `http_request_duration_seconds_{count,bucket}` too, this share slower than `le`. */
  latency?: { le: string; slowRatio: number };
}

/** Sample times (unix seconds), oldest first, ending `SAMPLE_OFFSET` before `end`. */
export function sampleTimes(end: number, minutes: number): number[] {
  return Array.from(
    { length: minutes },
    (_, i) => end - SAMPLE_OFFSET - (minutes - 1 - i) * MINUTE,
  );
}

export function generate(plan: TrafficPlan, minutes: number): ServiceTraffic {
  const requests: number[] = [];
  const errors: number[] = [];
  for (let i = 0; i < minutes; i++) {
    const ago = minutes - 1 - i;
    // A daily wave keeps the traffic uneven, so traffic weighting matters.
    const wave = 1 + 0.5 * Math.sin((2 * Math.PI * i) / 1440);
    const r =
      plan.silentMinutes && ago < plan.silentMinutes
        ? 0
        : Math.round(plan.rps * 60 * wave);
    requests.push(r);
    errors.push(Math.round(r * plan.errorRatio(ago)));
  }
  const { latency } = plan;
  return {
    service: plan.service,
    requests,
    errors,
    ...(latency
      ? {
          latency: {
            le: latency.le,
            slow: requests.map(r => Math.round(r * latency.slowRatio)),
          },
        }
      : {}),
  };
}

/**
 * The error ratio Prometheus' `rate()` sees over `[window]` at `end`: the counter increase
 * between the first and the last sample inside the window (both ends inclusive in
 * Prometheus 2.x). Extrapolation scales errors and requests alike, so it cancels in the ratio.
 */
export function referenceRatio(
  t: ServiceTraffic,
  times: number[],
  end: number,
  windowSeconds: number,
): number | null {
  const inside = times
    .map((time, i) => ({ time, i }))
    .filter(s => s.time >= end - windowSeconds && s.time <= end);
  if (inside.length < 2) return null;
  let e = 0;
  let r = 0;
  for (const { i } of inside.slice(1)) {
    e += t.errors[i];
    r += t.requests[i];
  }
  return r > 0 ? e / r : null;
}

/** Writes the counters as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`. */
export function writeCounters(
  file: string,
  traffic: ServiceTraffic[],
  times: number[],
  gauges: GaugeSeries[] = [],
) {
  const out = fs.openSync(file, 'w');
  const write = (s: string) => fs.writeSync(out, s);
  write('# TYPE http_requests counter\n');
  for (const t of traffic) {
    for (const code of ['200', '500'] as const) {
      let value = COUNTER_START;
      const lines: string[] = [];
      times.forEach((time, i) => {
        value += code === '500' ? t.errors[i] : t.requests[i] - t.errors[i];
        lines.push(
          `http_requests_total{service="${t.service}",code="${code}"} ${value} ${time}\n`,
        );
      });
      write(lines.join(''));
    }
  }
  const histograms = traffic.filter(t => t.latency);
  if (histograms.length) {
    write('# TYPE http_request_duration_seconds histogram\n');
    for (const t of histograms) {
      const { le, slow } = t.latency!;
      const series: Array<[string, (i: number) => number]> = [
        [`_count{service="${t.service}"}`, i => t.requests[i]],
        [
          `_bucket{service="${t.service}",le="${le}"}`,
          i => t.requests[i] - slow[i],
        ],
      ];
      for (const [suffix, increment] of series) {
        let value = COUNTER_START;
        write(
          times
            .map((time, i) => {
              value += increment(i);
              return `http_request_duration_seconds${suffix} ${value} ${time}\n`;
            })
            .join(''),
        );
      }
    }
  }
  const byName = new Map<string, GaugeSeries[]>();
  for (const g of gauges)
    byName.set(g.name, [...(byName.get(g.name) ?? []), g]);
  for (const [name, series] of byName) {
    write(`# TYPE ${name} gauge\n`);
    for (const g of series) {
      const labels = Object.entries(g.labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(',');
      write(
        g.samples
          .map(([time, v]) => `${name}{${labels}} ${v} ${time}\n`)
          .join(''),
      );
    }
  }
  write('# EOF\n');
  fs.closeSync(out);
}

export interface GaugeSeries {
  name: string;
  labels: Record<string, string>;
  samples: Array<[number, number]>;
}
