'use strict';
// Upstream calls by family: the ONE place the bench reads them. The bench backend serves its
// OpenTelemetry counters on a Prometheus endpoint (packages/backend/src/instrumentation.js,
// OTEL_METRICS_EXPORTER=prometheus), the same ones production scrapes.

const FAMILIES = ['deployments', 'slo', 'security', 'cost'];
const CALLS = 'runway_upstream_calls_total';
const SECONDS = 'runway_upstream_call_duration_sum';
const BUILDS = 'runway_scorecard_page_builds_total';

/** The samples of a Prometheus text exposition: name, labels, value. */
function parseExposition(text) {
  const samples = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[k] = v.replace(/\\(.)/g, '$1');
    samples.push({ name: m[1], labels, value: Number(m[3]) });
  }
  return samples;
}

/**
 * byFamily: calls each family made to its upstreams, whatever the outcome (`scorecard`: its
 * reads of the families); raw: `<family> <upstream> <outcome>` -> calls; seconds:
 * `<family> <upstream>` -> seconds spent waiting on it; builds: scorecard pages built.
 */
function readCounts(text) {
  const byFamily = Object.fromEntries(FAMILIES.map(f => [f, 0]));
  const raw = {};
  const seconds = {};
  let builds = 0;
  for (const { name, labels, value } of parseExposition(text)) {
    if (name === BUILDS) builds += value;
    if (name === SECONDS) {
      const key = `${labels.family} ${labels.upstream}`;
      seconds[key] = (seconds[key] ?? 0) + value;
    }
    if (name !== CALLS) continue;
    const { family = 'unknown', upstream, outcome } = labels;
    byFamily[family] = (byFamily[family] ?? 0) + value;
    const key = `${family} ${upstream} ${outcome}`;
    raw[key] = (raw[key] ?? 0) + value;
  }
  return { byFamily, raw, seconds, builds };
}

/** Reads the backend's counters now; a backend that has counted nothing yet reads zeros. */
function upstreamCounter(metricsUrl) {
  return async () => {
    const res = await fetch(metricsUrl, {
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`${metricsUrl}: HTTP ${res.status}`);
    return readCounts(await res.text());
  };
}

/**
 * Calls per load of each family between two readings, the raw call counts, and the
 * milliseconds spent in the calls of each `<family> <upstream>` (summed over calls).
 */
function perLoad(before, after, loads) {
  if (!before || !after) return null;
  const byFamily = {};
  for (const [family, n] of Object.entries(after.byFamily)) {
    const calls = n - (before.byFamily[family] ?? 0);
    byFamily[family] = loads ? Number((calls / loads).toPrecision(2)) : null;
  }
  const calls = {};
  for (const [key, n] of Object.entries(after.raw)) {
    const d = n - (before.raw[key] ?? 0);
    if (d) calls[key] = d;
  }
  const ms = {};
  for (const [key, s] of Object.entries(after.seconds ?? {})) {
    const d = s - (before.seconds?.[key] ?? 0);
    if (d > 0) ms[key] = Math.round(d * 1000);
  }
  return { byFamily, calls, ms };
}

/** Calls to one upstream (e.g. `argocd`) in a `perLoad(...).calls`, whatever family or outcome. */
function callsTo(calls, upstream) {
  let n = 0;
  for (const [key, count] of Object.entries(calls ?? {}))
    if (key.split(' ')[1] === upstream) n += count;
  return n;
}

module.exports = {
  FAMILIES,
  callsTo,
  parseExposition,
  readCounts,
  upstreamCounter,
  perLoad,
};
