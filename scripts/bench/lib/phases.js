'use strict';
// The measured runs. Each pushes rows onto results.http.
const { load } = require('./load');
const { getJson } = require('./setup');
const { FAMILIES, perLoad } = require('./upstreamCounts');

/** Upstream calls per load by family (columns `<family>/load`), when something counts them. */
async function measured(upstream, run) {
  const before = upstream ? await upstream() : null;
  const r = await run();
  const after = upstream ? await upstream() : null;
  const per = perLoad(before, after, r.requests);
  const columns = Object.fromEntries(
    FAMILIES.map(f => [`${f}/load`, per ? per.byFamily[f] : null]),
  );
  return { ...r, ...columns, upstreamCallsAtFakes: per?.calls ?? null };
}

const atFakes = r =>
  r.upstreamCallsAtFakes
    ? `; at the fakes ${JSON.stringify(r.upstreamCallsAtFakes)}`
    : '';

const callsOf = s => Object.values(s.upstreamCalls).reduce((a, b) => a + b, 0);

/** Scorecard runs; upstream calls counted by the scorecard itself (/api/scorecard/stats). */
function scorecardRunner({ base, token, results, log, upstream }) {
  const stats = () => getJson(`${base}/api/scorecard/stats`, token);
  return async (phase, connections, opts) => {
    const before = await stats();
    const r = await measured(upstream, () =>
      load({
        baseUrl: base,
        path: () => '/api/scorecard/scorecard',
        connections,
        token,
        ...opts,
      }),
    );
    const after = await stats();
    const calls = callsOf(after) - callsOf(before);
    results.http.push({
      endpoint: 'scorecard',
      phase,
      connections,
      ...r,
      upstreamCalls: calls,
      upstreamPerLoad: r.requests
        ? Number((calls / r.requests).toPrecision(2))
        : null,
      builds: after.builds - before.builds,
    });
    log(
      `scorecard ${phase} @${connections}: p95 ${r.p95} ms, ${
        r.rps
      } req/s, ${calls} family calls${atFakes(r)}`,
    );
  };
}

const FAMILY_ENTITY_PATHS = [
  [
    'deployments',
    ref => `/api/deployments/overview?entityRef=${encodeURIComponent(ref)}`,
  ],
  ['slo', ref => `/api/slo/entity?entityRef=${encodeURIComponent(ref)}`],
  [
    'security',
    ref => `/api/security/entity?entityRef=${encodeURIComponent(ref)}`,
  ],
  ['cost', ref => `/api/cost/entity?entityRef=${encodeURIComponent(ref)}`],
];

/**
 * Each family's entity endpoint. "cold" = entities that endpoint was never asked for (the
 * scorecard's batch reads may already have filled a family's own caches); "warm" = the
 * same 50 entities again and again.
 */
async function entityPhases({
  base,
  token,
  refs,
  duration,
  results,
  log,
  upstream,
}) {
  const n = refs.length;
  for (const [family, url] of FAMILY_ENTITY_PATHS) {
    const run = async (phase, connections, opts, pick, record = true) => {
      const r = await measured(upstream, () =>
        load({
          baseUrl: base,
          path: i => url(pick(i)),
          connections,
          token,
          ...opts,
        }),
      );
      if (!record) return;
      results.http.push({
        endpoint: `${family} entity`,
        phase,
        connections,
        ...r,
        upstreamCalls: null,
        upstreamPerLoad: null,
      });
      log(
        `${family} ${phase} @${connections}: p95 ${r.p95} ms, ${
          r.rps
        } req/s, errors ${r.errors}${atFakes(r)}`,
      );
    };
    await run(
      'cold',
      1,
      { amount: Math.min(20, n) },
      i => refs[(n >> 1) + (i % Math.max(1, n >> 2))],
    );
    await run('cold', 50, { amount: 100 }, i => refs[i % n]);
    const warm = refs.slice(0, Math.min(50, n));
    await run(
      'prime',
      10,
      { amount: Math.max(10, warm.length) },
      i => warm[i % warm.length],
      false,
    );
    await run('warm', 1, { duration }, i => warm[i % warm.length]);
    await run('warm', 50, { duration }, i => warm[i % warm.length]);
  }
}

module.exports = { scorecardRunner, entityPhases };
