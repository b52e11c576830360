'use strict';
// autocannon runs that record every response time, so p95 is exact (autocannon's own
// summary has p90 and p97.5 but no p95).
const autocannon = require('autocannon');

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, i)];
}

/**
 * @param {object} o
 * @param {string} o.baseUrl
 * @param {(i: number) => string} o.path  path of the i-th request (vary it to defeat caches)
 * @param {number} o.connections
 * @param {number} [o.duration] seconds (bounded run)  -- or --
 * @param {number} [o.amount]   exact number of requests (a cold burst)
 */
const round = ms => (ms === null ? null : Math.round(ms * 10) / 10);

async function load({ baseUrl, path, connections, duration, amount, token }) {
  const times = [];
  let n = 0;
  let errors = 0;
  const instance = autocannon({
    url: baseUrl,
    connections,
    ...(amount ? { amount } : { duration }),
    timeout: 30,
    // Browsers always offer gzip; so does the bench.
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
    requests: [{ setupRequest: req => ({ ...req, path: path(n++) }) }],
  });
  instance.on('response', (_client, status, _bytes, responseTime) => {
    times.push(responseTime);
    if (status < 200 || status >= 300) errors++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const seconds = amount ? result.duration : duration;
  return {
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    rps: Math.round((times.length / Math.max(seconds, 0.001)) * 10) / 10,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times.length ? times[times.length - 1] : null),
  };
}

module.exports = { load, percentile };
