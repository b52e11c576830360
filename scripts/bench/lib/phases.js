'use strict';
// The measured runs. Each pushes rows onto results.http.
const { load } = require('./load');
const { FAMILIES, perLoad } = require('./upstreamCounts');

/** Upstream calls per load by family (columns `<family>/load`), read from the backend's counters. */
async function measured(upstream, run) {
  const before = await upstream();
  const r = await run();
  const after = await upstream();
  const per = perLoad(before, after, r.requests);
  const columns = Object.fromEntries(
    FAMILIES.map(f => [`${f}/load`, per.byFamily[f]]),
  );
  return {
    row: {
      ...r,
      ...columns,
      upstreamCallsCounted: per.calls,
      upstreamMs: per.ms,
    },
    before,
    after,
  };
}

const counted = r =>
  Object.keys(r.upstreamCallsCounted).length
    ? `; counted ${JSON.stringify(r.upstreamCallsCounted)}`
    : '';

/** Scorecard runs; its reads of the families are its upstream calls (family "scorecard"). */
function scorecardRunner({ base, token, results, log, upstream }) {
  return async (phase, connections, opts) => {
    const {
      row: r,
      before,
      after,
    } = await measured(upstream, () =>
      load({
        baseUrl: base,
        path: () => '/api/scorecard/scorecard',
        connections,
        token,
        ...opts,
      }),
    );
    const calls =
      (after.byFamily.scorecard ?? 0) - (before.byFamily.scorecard ?? 0);
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
      } req/s, ${calls} family calls${counted(r)}`,
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
      const { row: r } = await measured(upstream, () =>
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
        } req/s, errors ${r.errors}${counted(r)}`,
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

/**
 * What any route of this backend costs under the same load: Backstage's own liveness route
 * (root router middleware, no auth, no plugin). A target below it is below the framework.
 */
async function floorRuns({ base, token, duration, results, log }) {
  for (const connections of [1, 50]) {
    const r = await load({
      baseUrl: base,
      path: () => '/.backstage/health/v1/liveness',
      connections,
      token,
      duration,
    });
    results.http.push({
      endpoint: 'floor (liveness)',
      phase: 'warm',
      connections,
      ...r,
    });
    log(
      `floor (liveness) warm @${connections}: p95 ${r.p95} ms, ${r.rps} req/s`,
    );
  }
}

module.exports = { scorecardRunner, entityPhases, floorRuns };
