'use strict';
// Starts the live bench's loopback upstreams (live/upstreams.ts, transpiled on the fly like
// world.ts) in their own process group with a temp dir, and stops them: group killed,
// temp dir removed, whatever state they are in.
const { fork } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./backend');

async function startLiveUpstreams({
  services,
  latencyMs,
  prometheusDays,
  logFile,
  log,
}) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-bench-live-'));
  const argoCdToken = crypto.randomBytes(18).toString('base64url');
  const optionsFile = path.join(workDir, 'options.json');
  fs.writeFileSync(
    optionsFile,
    JSON.stringify({
      services,
      latencyMs,
      prometheusDays,
      workDir,
      argoCdToken,
    }),
  );
  const out = fs.openSync(logFile, 'w');
  const child = fork(
    path.join(__dirname, '..', 'live', 'upstreams.ts'),
    [optionsFile],
    {
      cwd: ROOT,
      execArgv: [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs', {
          paths: [ROOT],
        }),
      ],
      stdio: ['ignore', out, out, 'ipc'],
      // Its own group: Prometheus and promtool go with it, Ctrl-C or not.
      detached: true,
    },
  );
  const exited = new Promise(r => child.once('exit', r));
  let nextId = 0;
  const pending = new Map();
  child.on('message', m => {
    if (m.type === 'log') log(m.msg);
    if (m.type === 'counts') {
      pending.get(m.id)?.(m.counts);
      pending.delete(m.id);
    }
  });

  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.connected)
        child.send({ type: 'stop' });
      const gone = await Promise.race([
        exited.then(() => true),
        new Promise(r => setTimeout(() => r(false), 15_000)),
      ]);
      try {
        process.kill(-child.pid, gone ? 'SIGTERM' : 'SIGKILL');
      } catch {
        /* the group is gone */
      }
      fs.rmSync(workDir, { recursive: true, force: true });
    })();
    return stopped;
  };

  const urls = await new Promise((resolve, reject) => {
    child.on('message', m => {
      if (m.type === 'ready') resolve(m.urls);
      if (m.type === 'failed')
        reject(new Error(`live upstreams failed: ${m.error}`));
    });
    exited.then(code =>
      reject(new Error(`live upstreams exited (${code}), see ${logFile}`)),
    );
  }).catch(async e => {
    await stop();
    throw e;
  });

  return {
    urls,
    argoCdToken,
    stop,
    /** Requests each fake has served so far, by `<upstream> <operation>`. */
    counts() {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, resolve);
        child.send({ type: 'counts', id }, e => e && reject(e));
      });
    },
  };
}

module.exports = { startLiveUpstreams };
