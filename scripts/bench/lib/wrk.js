'use strict';
// Bounded warm runs through Debian's wrk: a load generator in C that costs the 2-core
// machine a tenth of a core where autocannon took a whole one (55 KB scorecard pages,
// 50 connections: autocannon 8.2 s of CPU in an 8 s run, wrk 0.9 s), so the server, not
// the client, is what the p95 measures. Latencies come from wrk's own histogram (µs).
const { execFile } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const WRK = process.env.WRK ?? '/usr/bin/wrk';

/** The Lua script: cycles through `paths`, prints the summary as one JSON line. */
function script(paths, headers) {
  const lua = s => JSON.stringify(s); // a JSON string is a valid Lua string literal here
  return [
    `local paths = { ${paths.map(lua).join(', ')} }`,
    'local i = 0',
    ...Object.entries(headers).map(
      ([k, v]) => `wrk.headers[${lua(k)}] = ${lua(v)}`,
    ),
    'request = function()',
    '  i = i + 1',
    '  return wrk.format("GET", paths[(i % #paths) + 1])',
    'end',
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    '  io.write(string.format("WRK_RESULT {\\"requests\\":%d,\\"seconds\\":%f,\\"errors\\":%d,\\"status\\":%d,\\"p50\\":%f,\\"p95\\":%f,\\"p99\\":%f,\\"max\\":%f}\\n",',
    '    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status,',
    '    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))',
    'end',
    '',
  ].join('\n');
}

function assertWrk() {
  if (!fs.existsSync(WRK))
    throw new Error(
      `the bench needs Debian's wrk for its warm runs (apt-get install wrk; ./runway yarn bench installs it as root), not found at ${WRK}`,
    );
}

const round = ms => Math.round(ms * 10) / 10;

/** A `duration`-second run at `connections`, cycling through `paths` (one wrk thread). */
function wrkLoad({ baseUrl, paths, connections, duration, headers }) {
  assertWrk();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-bench-wrk-'));
  const file = path.join(dir, 'run.lua');
  fs.writeFileSync(file, script(paths, headers));
  return new Promise((resolve, reject) => {
    execFile(
      WRK,
      [
        '-t1',
        `-c${connections}`,
        `-d${duration}s`,
        '--timeout',
        '30s',
        '-s',
        file,
        baseUrl,
      ],
      { timeout: (duration + 60) * 1000 },
      (error, stdout, stderr) => {
        fs.rmSync(dir, { recursive: true, force: true });
        const line = stdout.split('\n').find(l => l.startsWith('WRK_RESULT '));
        if (error || !line)
          return reject(
            new Error(`wrk failed: ${error?.message ?? ''} ${stderr}`.trim()),
          );
        const r = JSON.parse(line.slice('WRK_RESULT '.length));
        resolve({
          requests: r.requests,
          errors: r.errors + r.status,
          rps: Math.round((r.requests / Math.max(r.seconds, 0.001)) * 10) / 10,
          p50: round(r.p50),
          p95: round(r.p95),
          p99: round(r.p99),
          max: round(r.max),
        });
      },
    );
  });
}

module.exports = { wrkLoad, assertWrk };
