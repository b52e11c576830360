'use strict';
const { table, kb } = require('./report');

const HTTP_COLUMNS = [
  'endpoint',
  'phase',
  'connections',
  'requests',
  'errors',
  'rps',
  'p50',
  'p95',
  'p99',
  'upstreamCalls',
  'upstreamPerLoad',
];
const FRONTEND_COLUMNS = [
  'load',
  'contentMs',
  'domContentLoadedMs',
  'loadMs',
  'rows',
  'jsFiles',
  'jsBytesBeforeContent',
  'jsTransferBeforeContent',
];

function printResults(results, file) {
  const out = [];
  out.push(
    `\nRunway bench: demo world size ${results.size}, runway.demo.latencyMs ${results.latencyMs}, ${results.durationSeconds} s warm runs (times in ms)\n`,
  );
  out.push(table(results.http, HTTP_COLUMNS));
  const s = results.scorecard;
  if (s) {
    out.push(
      `\nscorecard: ${s.services} services, ${s.teams} teams, ${s.systems} systems; upstream calls per page build: ${s.upstreamCallsPerBuild} (measured)`,
    );
    out.push(`families: ${JSON.stringify(s.families)}`);
  }
  const f = results.frontend;
  if (f?.runs) {
    const rows = f.runs.map((r, i) => ({
      load: i === 0 ? 'first' : `repeat ${i}`,
      ...r,
      jsBytesBeforeContent: kb(r.jsBytesBeforeContent),
      jsTransferBeforeContent: kb(r.jsTransferBeforeContent),
    }));
    out.push(`\n${table(rows, FRONTEND_COLUMNS)}`);
  } else if (f?.error) out.push(`\nfrontend: ${f.error}`);
  if (f?.readout)
    out.push(
      `readout: content at ${f.readout.contentMs} ms; printed to ${
        f.readout.pdf ?? '—'
      }`,
    );
  if (f?.initialJs) {
    out.push(
      `initial JS (index.html entry scripts): ${f.initialJs.files} files, ${kb(
        f.initialJs.raw,
      )} raw, ${kb(f.initialJs.gzip)} gzip`,
    );
  }
  const warm50 = results.http.find(
    r =>
      r.endpoint === 'scorecard' && r.phase === 'warm' && r.connections === 50,
  );
  const times = f?.runs
    ? f.runs.map(r => r.contentMs).sort((a, b) => a - b)
    : [];
  const median = times.length ? times[Math.floor(times.length / 2)] : null;
  const verdict = ok => (ok === null ? '' : ok ? 'PASS' : 'FAIL');
  out.push('\nTargets:');
  out.push(
    `  scorecard warm p95 @50 < 100 ms: ${warm50?.p95 ?? '—'} ms ${verdict(
      warm50 ? warm50.p95 < 100 : null,
    )}`,
  );
  out.push(
    `  upstream calls per scorecard build independent of services: ${
      s?.upstreamCallsPerBuild ?? '—'
    } for ${s?.services ?? '—'} services`,
  );
  out.push(
    `  scorecard content < 1 s (median of ${times.length} loads): ${
      median ?? '—'
    } ms ${verdict(median === null ? null : median < 1000)}${
      times.length ? `; slowest ${times[times.length - 1]} ms` : ''
    }`,
  );
  out.push(`\nJSON: ${file}`);
  console.log(out.join('\n'));
}

module.exports = { printResults };
