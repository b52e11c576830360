'use strict';
// Issue #14's targets, judged on one run's results: PASS, FAIL, or — when not measured.
const { callsTo } = require('./upstreamCounts');

const verdict = ok => (ok === null ? '—' : ok ? 'PASS' : 'FAIL');
const ms = v => (v === null || v === undefined ? '—' : `${v} ms`);

function targetLines(results) {
  const rows = results.http;
  const find = (endpoint, phase, connections) =>
    rows.find(
      r =>
        r.endpoint === endpoint &&
        r.phase === phase &&
        r.connections === connections,
    );
  const live = results.source === 'live';
  const lines = [];
  const check = (label, value, limit) =>
    lines.push(
      `${label} ≤ ${limit} ms: ${ms(value)} ${verdict(
        value === null || value === undefined ? null : value <= limit,
      )}`,
    );

  check('scorecard warm p95 @50', find('scorecard', 'warm', 50)?.p95, 25);
  for (const endpoint of [...new Set(rows.map(r => r.endpoint))].filter(e =>
    e.endsWith(' entity'),
  )) {
    check(`${endpoint} warm p95 @50`, find(endpoint, 'warm', 50)?.p95, 50);
  }
  const floor = r => r.endpoint.startsWith('floor');
  for (const r of rows.filter(
    x => x.phase === 'warm' && x.connections === 1 && !floor(x),
  ))
    check(`${r.endpoint} warm p95 @1`, r.p95, 5);
  const f50 = find('floor (liveness)', 'warm', 50);
  if (f50)
    lines.push(
      `floor: Backstage's own liveness route, warm p95 @50: ${ms(f50.p95)} (${
        f50.rps
      } req/s); no route of this backend can beat it`,
    );
  const cold = find('scorecard', 'cold', 1);
  check(
    `cold scorecard over ${results.size} services (${
      results.latencyMs
    } ms per upstream call${
      cold?.coldRunsMs?.length > 1
        ? `; median of ${
            cold.coldRunsMs.length
          } fresh backends: ${cold.coldRunsMs.join(', ')} ms`
        : ''
    })`,
    cold?.p95,
    live ? 1500 : 1000,
  );

  // The SLO family's batch of every service inside that page, as the scorecard waited on
  // it: Debian's Prometheus, which has no Sloth rules here, so one query per window read.
  if (live && cold) {
    const calls = cold.upstreamCallsCounted?.['scorecard runway:slo ok'];
    check(
      `SLO batch of ${results.size} services on a real Prometheus without recording rules (in the cold page)`,
      calls === 1 ? cold.upstreamMs?.['scorecard runway:slo'] : null,
      2000,
    );
  }

  // The per-entity comparison: Roadie's argo-cd plugin makes one ArgoCD call per entity,
  // so a portfolio page of N services costs it N calls.
  const argo = cold && callsTo(cold.upstreamCallsCounted, 'argocd');
  if (live && cold) {
    const ratio = argo ? Math.round((results.size / argo) * 10) / 10 : null;
    // Few calls prove nothing when the family gave up: judged only when it answered.
    const deployments = results.scorecard?.families?.deployments;
    const answered = deployments === 'ok';
    lines.push(
      `ArgoCD calls for one cold scorecard page: ${argo ?? 0} vs ${
        results.size
      } for a per-entity plugin (${
        argo ? `${ratio}× fewer` : 'none: served from what was already fetched'
      }) ${
        answered
          ? verdict(argo ? ratio >= 10 : true)
          : `— (deployments in the sample page: ${deployments ?? 'unknown'})`
      }`,
    );
    lines.push(
      `upstream calls of that page: ${JSON.stringify(
        cold.upstreamCallsCounted,
      )}`,
    );
  }
  const s = results.scorecard;
  lines.push(
    `scorecard → family calls per page build (independent of services): ${
      s?.upstreamCallsPerBuild ?? '—'
    } for ${s?.services ?? '—'} services`,
  );

  const f = results.frontend;
  const times = f?.runs
    ? f.runs.map(r => r.contentMs).sort((a, b) => a - b)
    : [];
  const median = times.length ? times[Math.floor(times.length / 2)] : null;
  check(
    `scorecard content in Chromium (median of ${times.length})`,
    median,
    500,
  );
  return lines;
}

module.exports = { targetLines };
