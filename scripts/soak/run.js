'use strict';
// `yarn soak`: a bounded soak of the backend on loopback. Starts the real backend on the
// embedded default (app-config.yaml: SQLite in memory, the demo world) on SOAK_PORT, or uses
// one already running at SOAK_URL (with SOAK_TOKEN, and SOAK_PID for its RSS); drives
// SOAK_CONNECTIONS (50) connections with autocannon over the scorecard and the families'
// entity endpoints for SOAK_SECONDS (120); prints requests, errors, p50/p95/p99 and RSS every
// SOAK_INTERVAL seconds (30). PASS when there were no errors and memory is flat: the last RSS
// sample within 10 % of the first sample after the warm-up (the first interval).
// Stops everything it started. See README.md.
const autocannon = require('autocannon');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startBackend, waitFor, ROOT } = require('../bench/lib/backend');
const { percentile } = require('../bench/lib/load');

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120);
const INTERVAL = Number(process.env.SOAK_INTERVAL ?? 30);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 50);
const PORT = Number(process.env.SOAK_PORT ?? 7117);
const FLAT_TOLERANCE = 0.1;
const round = ms => (ms === null ? null : Math.round(ms * 10) / 10);

const log = msg =>
  console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${msg}`);

function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!['localhost', '127.0.0.1', '::1', '[::1]'].includes(host)) {
    throw new Error(`SOAK_URL must be on loopback, got ${host}`);
  }
}

function rssMb(pid) {
  if (!pid) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function getJson(url, token) {
  const res = await fetch(url, {
    signal: AbortSignal.timeout(10_000),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

async function startOwnBackend() {
  const base = `http://localhost:${PORT}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-soak-'));
  const configFile = path.join(dir, 'app-config.soak.yaml');
  fs.writeFileSync(
    configFile,
    `app:\n  baseUrl: ${base}\nbackend:\n  baseUrl: ${base}\n  listen:\n    port: ${PORT}\n    host: 127.0.0.1\n  cors:\n    origin: ${base}\n`,
  );
  // A throwaway static token for this run only, given through the environment.
  const token = crypto.randomBytes(24).toString('base64url');
  const logFile = path.join(dir, 'backend.log');
  log(`starting the backend on ${base} (embedded default; log: ${logFile})`);
  const backend = startBackend({
    configFiles: [path.join(ROOT, 'app-config.yaml'), configFile],
    env: {
      APP_CONFIG_backend_auth_externalAccess: JSON.stringify([
        { type: 'static', options: { token, subject: 'soak' } },
      ]),
    },
    logFile,
  });
  try {
    await waitFor(
      async () =>
        (
          await fetch(`${base}/.backstage/health/v1/readiness`, {
            signal: AbortSignal.timeout(5_000),
          })
        ).ok,
      { timeoutMs: 240_000, what: 'the backend to be ready' },
    );
  } catch (e) {
    await backend.stop();
    throw e;
  }
  return { base, token, pid: backend.child.pid, stop: () => backend.stop() };
}

async function main() {
  let target;
  if (process.env.SOAK_URL) {
    assertLoopback(process.env.SOAK_URL);
    target = {
      base: process.env.SOAK_URL.replace(/\/$/, ''),
      token: process.env.SOAK_TOKEN,
      pid: process.env.SOAK_PID ? Number(process.env.SOAK_PID) : undefined,
      stop: async () => {},
    };
    log(`using the backend at ${target.base}`);
  } else {
    target = await startOwnBackend();
  }
  try {
    const { base, token, pid } = target;
    const refs = await waitFor(
      async () => {
        const q = `${base}/api/catalog/entities/by-query?filter=kind=component,spec.type=service&limit=50&fields=metadata.name,metadata.namespace`;
        const items = (await getJson(q, token)).items ?? [];
        return items.length
          ? items.map(
              e =>
                `component:${e.metadata.namespace ?? 'default'}/${
                  e.metadata.name
                }`,
            )
          : undefined;
      },
      { timeoutMs: 120_000, what: 'services in the catalog' },
    );
    const q = ref => encodeURIComponent(ref);
    const paths = [
      () => '/api/scorecard/scorecard',
      ref => `/api/deployments/overview?entityRef=${q(ref)}`,
      ref => `/api/slo/entity?entityRef=${q(ref)}`,
      ref => `/api/security/entity?entityRef=${q(ref)}`,
      ref => `/api/cost/entity?entityRef=${q(ref)}`,
    ];
    log(
      `${SECONDS} s at ${CONNECTIONS} connections over ${paths.length} endpoints, ${refs.length} services`,
    );

    let n = 0;
    let window = { times: [], errors: 0 };
    const total = { requests: 0, errors: 0 };
    const samples = [];
    const instance = autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 30,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'accept-encoding': 'gzip',
      },
      requests: [
        {
          setupRequest: req => {
            const i = n++;
            return {
              ...req,
              path: paths[i % paths.length](
                refs[Math.floor(i / paths.length) % refs.length],
              ),
            };
          },
        },
      ],
    });
    instance.on('response', (_c, status, _b, ms) => {
      window.times.push(ms);
      total.requests++;
      if (status < 200 || status >= 300) {
        window.errors++;
        total.errors++;
      }
    });
    const onError = () => {
      window.errors++;
      total.errors++;
    };
    instance.on('reqError', onError);
    const started = Date.now();
    const sample = () => {
      const w = window;
      window = { times: [], errors: 0 };
      w.times.sort((a, b) => a - b);
      const s = {
        t: Math.round((Date.now() - started) / 1000),
        requests: w.times.length,
        errors: w.errors,
        p50: round(percentile(w.times, 50)),
        p95: round(percentile(w.times, 95)),
        p99: round(percentile(w.times, 99)),
        rssMb: rssMb(pid),
      };
      samples.push(s);
      log(
        `t=${s.t}s requests ${s.requests} errors ${s.errors} p50 ${
          s.p50
        } ms p95 ${s.p95} ms p99 ${s.p99} ms RSS ${s.rssMb ?? '?'} MB`,
      );
    };
    const timer = setInterval(sample, INTERVAL * 1000);
    const result = await instance;
    clearInterval(timer);
    if (window.times.length || window.errors) sample();
    const errors = total.errors + result.timeouts;

    const withRss = samples.filter(s => s.rssMb !== null);
    const afterWarmup = withRss.length > 2 ? withRss.slice(1) : withRss;
    let flat = null;
    let memory = 'RSS unknown (SOAK_PID not given)';
    if (afterWarmup.length >= 2) {
      const first = afterWarmup[0].rssMb;
      const last = afterWarmup[afterWarmup.length - 1].rssMb;
      const change = (last - first) / first;
      flat = Math.abs(change) <= FLAT_TOLERANCE;
      memory = `RSS ${first} MB after warm-up, ${last} MB at the end (${(
        change * 100
      ).toFixed(1)} %, flat within ${FLAT_TOLERANCE * 100} %: ${
        flat ? 'yes' : 'no'
      })`;
    }
    log(
      `total: ${total.requests} requests, ${errors} errors (${result.timeouts} timeouts), ${memory}`,
    );
    const pass = errors === 0 && flat === true;
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    await target.stop();
  }
}

main()
  .then(pass => {
    process.exitCode = pass ? 0 : 1;
  })
  .catch(e => {
    console.error(e);
    console.log('FAIL');
    process.exitCode = 1;
  });
