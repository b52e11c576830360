'use strict';
const { table, kb } = require('./report');
const { FAMILIES } = require('./upstreamCounts');
const { targetLines } = require('./targets');

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
  ...FAMILIES.map(f => `${f}/load`),
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
  const live = results.source === 'live';
  out.push(
    live
      ? `\nRunway bench, LIVE: world size ${results.size} against loopback ArgoCD, Prometheus, AWS and GitHub, ${results.latencyMs} ms injected per upstream call, ${results.durationSeconds} s warm runs (times in ms)\n`
      : `\nRunway bench: demo world size ${results.size}, runway.demo.latencyMs ${results.latencyMs}, ${results.durationSeconds} s warm runs (times in ms)\n`,
  );
  out.push(table(results.http, HTTP_COLUMNS));
  out.push(
    `upstreamCalls / upstreamPerLoad: the scorecard's calls to the families. ` +
      `<family>/load: upstream calls per load of each family${
        live ? '' : ' (none: the demo world has no upstream)'
      }. Both read from the backend's runway_upstream_calls_total.`,
  );
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
  out.push('\nTargets:');
  out.push(...targetLines(results).map(l => `  ${l}`));
  out.push(`\nJSON: ${file}`);
  console.log(out.join('\n'));
}

module.exports = { printResults };
