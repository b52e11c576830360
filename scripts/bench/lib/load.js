'use strict';
// Cold bursts of an exact number of requests through autocannon, recording every response
// time, so p95 is exact (autocannon's own summary has p90 and p97.5 but no p95); bounded
// warm runs through wrk (wrk.js), which leaves the CPU to the server.
const autocannon = require('autocannon');
const { wrkLoad } = require('./wrk');

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
  // Browsers always offer gzip; so does the bench.
  const headers = {
    authorization: `Bearer ${token}`,
    'accept-encoding': 'gzip',
  };
  // Many connections: wrk, so the client is not the bottleneck. One connection (the
  // client waits on each answer anyway) and exact bursts: autocannon, as before.
  if (!amount && connections > 1) {
    // The distinct paths of the first thousand requests, cycled in that order.
    const paths = [...new Set(Array.from({ length: 1000 }, (_, i) => path(i)))];
    return wrkLoad({ baseUrl, paths, connections, duration, headers });
  }
  const times = [];
  let n = 0;
  let errors = 0;
  const instance = autocannon({
    url: baseUrl,
    connections,
    ...(amount ? { amount } : { duration }),
    timeout: 30,
    headers,
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
