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
    env: { ...process.env, NODE_ENV: 'development', ...env },
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

module.exports = { startBackend, waitFor, ROOT };
