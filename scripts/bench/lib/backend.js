'use strict';
// Starts the real Runway backend (packages/backend/src/index.ts, transpiled on the fly the
// way `backstage-cli package start` does) with the bench config, and stops it again.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../../..');

async function waitFor(check, { timeoutMs, what, gone }) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    // What is waited for has died: no point waiting out the timeout.
    const dead = gone?.();
    if (dead) throw new Error(dead);
    try {
      const result = await check();
      if (result) return result;
    } catch (e) {
      last = e;
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(
    `timed out waiting for ${what}${last ? `: ${last.message}` : ''}`,
  );
}

/** NODE_OPTIONS of the production image (deploy/Dockerfile), so the bench runs with them. */
function productionNodeOptions() {
  const dockerfile = fs.readFileSync(
    path.join(ROOT, 'deploy/Dockerfile'),
    'utf8',
  );
  const match = /^ENV NODE_OPTIONS="([^"]*)"/m.exec(dockerfile);
  if (!match) throw new Error('deploy/Dockerfile sets no NODE_OPTIONS');
  return match[1];
}

function startBackend({ configFiles, env, logFile }) {
  const args = [
    // OpenTelemetry first, as in production: the bench reads the counters it serves.
    '--require',
    path.join(ROOT, 'packages/backend/src/instrumentation.js'),
    '--require',
    require.resolve('@backstage/cli/config/nodeTransform.cjs', {
      paths: [ROOT],
    }),
    'src/index.ts',
  ];
  for (const file of configFiles) args.push('--config', file);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, args, {
    cwd: path.join(ROOT, 'packages/backend'),
    // As production runs it (JSON logs, no development-only paths, the image's Node options);
    // the bench config lets the browser step sign in as guest all the same.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_OPTIONS: productionNodeOptions(),
      ...env,
    },
    stdio: ['ignore', log, log],
    detached: true,
  });
  child.on('exit', code => {
    if (code && !child.stopping)
      console.error(`backend exited with ${code}, see ${logFile}`);
  });
  return {
    child,
    /** Why the backend is gone, while it should be running. */
    gone: () =>
      child.exitCode !== null && !child.stopping
        ? `backend exited with ${child.exitCode}, see ${logFile}`
        : undefined,
    async stop() {
      child.stopping = true;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise(r => setTimeout(r, 1000));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* stopped */
      }
    },
  };
}

/** CPU seconds the process has used so far (Linux /proc: user + system ticks). */
function cpuSeconds(pid) {
  const fields = fs
    .readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until the backend has settled: start-up work (the catalog's first stitching of
 * every entity, the search index's first build, the families' first refreshes) done, so
 * warm runs measure serving, not start-up. Settled: under 10 % of a core over 3 s.
 * Resolves with the seconds waited, or `null` if it never settled within `timeoutMs`.
 */
async function waitForIdle(pid, { timeoutMs = 180_000 } = {}) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const before = cpuSeconds(pid);
    await new Promise(r => setTimeout(r, 3000));
    if ((cpuSeconds(pid) - before) / 3 < 0.1)
      return Math.round((Date.now() - started) / 1000);
  }
  return null;
}

/**
 * The plugin ids of the backend plugins packages/backend depends on (each package's
 * `backstage.pluginId`), so a plugin added to the backend is waited for without a list here.
 */
function backendPluginIds() {
  const backendDir = path.join(ROOT, 'packages/backend');
  const { dependencies = {} } = JSON.parse(
    fs.readFileSync(path.join(backendDir, 'package.json'), 'utf8'),
  );
  const ids = new Set();
  for (const name of Object.keys(dependencies)) {
    let manifest;
    try {
      manifest = require(require.resolve(`${name}/package.json`, {
        paths: [backendDir],
      }));
    } catch {
      continue; // a package that does not export its package.json is no Backstage plugin
    }
    if (manifest.backstage?.role === 'backend-plugin')
      ids.add(manifest.backstage.pluginId);
  }
  return [...ids];
}

/** Every scheduled task's state, as Backstage's scheduler reports it. */
async function taskStates(base, token) {
  const all = [];
  for (const plugin of backendPluginIds()) {
    const res = await fetch(
      `${base}/api/${plugin}/.backstage/scheduler/v1/tasks`,
      {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(5_000),
      },
    );
    // 404: the plugin schedules nothing; 503: a family that is off (it schedules nothing);
    // not JSON: a plugin whose router answers any path itself (the app's index.html).
    if (res.status === 404 || res.status === 503) continue;
    if (!res.ok) throw new Error(`${plugin} tasks: HTTP ${res.status}`);
    if (!res.headers.get('content-type')?.includes('json')) continue;
    for (const t of (await res.json()).tasks)
      all.push({ id: `${plugin}/${t.taskId}`, state: t.taskState });
  }
  return all;
}

/**
 * Waits until start-up's scheduled work is over: no task running, and every task due within
 * `dueWithinMs` has run once. A task that waits on upstreams (a family's first refresh, the
 * search index of runbooks) can keep a core under 10 % and still be running: waitForIdle
 * alone let the warm runs start beside it. Resolves with the tasks still pending at the
 * timeout (empty when settled).
 */
async function waitForTasks(
  base,
  token,
  { timeoutMs = 180_000, dueWithinMs = 60_000 } = {},
) {
  const until = Date.now() + timeoutMs;
  let pending = [];
  while (Date.now() < until) {
    const now = Date.now();
    pending = (await taskStates(base, token)).filter(({ state }) => {
      if (!state) return false;
      if (state.status === 'running') return true;
      const firstRunDue =
        !state.lastRunEndedAt &&
        state.startsAt &&
        Date.parse(state.startsAt) - now < dueWithinMs;
      return Boolean(firstRunDue);
    });
    if (pending.length === 0) return [];
    await new Promise(r => setTimeout(r, 1000));
  }
  return pending.map(p => p.id);
}

module.exports = { startBackend, waitFor, waitForIdle, waitForTasks, ROOT };
