import { ChildProcess, execFileSync, spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';

/** Finds a binary on PATH or fails loudly: this test never skips. */
export function requireBinary(name: string): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error(
      `The real-Prometheus integration test needs the '${name}' binary on PATH. ` +
        `Install Debian's prometheus package (apt-get install -y prometheus), which brings promtool.`,
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPrometheus {
  url: string;
  stop(): Promise<void>;
}

/**
 * Backfills an OpenMetrics file into a fresh TSDB with promtool, then starts our own
 * prometheus on a free loopback port over it (never the system service).
 */
export async function startPrometheus(options: {
  workDir: string;
  openMetricsFile: string;
  rules?: string;
}): Promise<RunningPrometheus> {
  const prometheus = requireBinary('prometheus');
  const promtool = requireBinary('promtool');
  const storage = path.join(options.workDir, 'data');
  fs.mkdirSync(storage, { recursive: true });
  // A few large blocks instead of one per 2 hours: backfilling 31 days then takes seconds.
  // (--max-block-duration is a hidden flag of promtool 2.x.)
  execFileSync(
    promtool,
    [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '-q',
      '--max-block-duration=744h',
      options.openMetricsFile,
      storage,
    ],
    {
      stdio: 'pipe',
    },
  );
  const config = path.join(options.workDir, 'prometheus.yml');
  let yml = 'global:\n  evaluation_interval: 1s\n';
  if (options.rules) {
    fs.writeFileSync(path.join(options.workDir, 'rules.yml'), options.rules);
    yml += `rule_files:\n  - ${path.join(options.workDir, 'rules.yml')}\n`;
  }
  fs.writeFileSync(config, yml);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    prometheus,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${storage}`,
      '--storage.tsdb.retention.time=400d',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', chunk => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise(r => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`prometheus exited early: ${stderr}`);
    const ready = await fetch(`${url}/-/ready`)
      .then(r => r.ok)
      .catch(() => false);
    if (ready) return { url, stop };
    await new Promise(r => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`prometheus did not become ready within 60 s: ${stderr}`);
}
