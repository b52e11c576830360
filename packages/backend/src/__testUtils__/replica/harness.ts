// Starts replicas of __testUtils__/replica/index.ts as child processes on one PostgreSQL
// database and restarts one that exits non-zero, as Kubernetes restarts a pod.
import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const ROOT = path.resolve(__dirname, '../../../../..');
const ENTRY = path.join(__dirname, 'index.ts');

export interface Exit {
  replica: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  reason: string;
  at: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export class Replica {
  child?: ChildProcess;
  output = '';
  exits: Exit[] = [];
  starts = 0;
  private stopped = false;
  readonly configFile: string;

  constructor(
    readonly name: string,
    readonly port: number,
    databaseUrl: string,
    private readonly env: Record<string, string> = {},
  ) {
    this.configFile = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), `runway-${name}-`)),
      'app-config.yaml',
    );
    fs.writeFileSync(
      this.configFile,
      JSON.stringify({
        backend: {
          baseUrl: `http://127.0.0.1:${port}`,
          listen: { port, host: '127.0.0.1' },
          database: {
            client: 'pg',
            connection: databaseUrl,
            pluginDivisionMode: 'schema',
          },
        },
        catalog: { locations: [] },
      }),
    );
  }

  get pid() {
    return this.child?.pid;
  }

  start() {
    this.starts++;
    const transform = require.resolve(
      '@backstage/cli/config/nodeTransform.cjs',
      { paths: [ROOT] },
    );
    const child = spawn(
      process.execPath,
      ['--require', transform, ENTRY, '--config', this.configFile],
      {
        cwd: path.join(ROOT, 'packages/backend'),
        env: {
          ...process.env,
          NODE_ENV: 'development',
          REPLICA_NAME: this.name,
          LOG_LEVEL: 'warn',
          ...this.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    this.child = child;
    const collect = (b: Buffer) => {
      this.output += b.toString();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('exit', (code, signal) => {
      // The startOrExit line and the failures BackendStartupError lists under it.
      const lines = this.output.split('\n');
      const at = lines.findIndex(l =>
        l.includes('failed to start, exiting with code'),
      );
      const line =
        at < 0
          ? ''
          : lines
              .slice(at, at + 4)
              .filter(l => !/^\s+at /.test(l))
              .join(' ');
      this.exits.push({
        replica: this.name,
        code,
        signal,
        reason: line.slice(0, 600),
        at: Date.now(),
      });
      this.output = '';
      if (this.child === child) this.child = undefined;
      // The kubelet: a container that exits is started again (here after 1 s).
      if (!this.stopped && code !== 0) setTimeout(() => this.start(), 1000);
    });
  }

  async ready(): Promise<boolean> {
    try {
      const res = await fetch(
        `http://127.0.0.1:${this.port}/.backstage/health/v1/readiness`,
        { signal: AbortSignal.timeout(2000) },
      );
      return res.ok;
    } catch {
      return false;
    }
  }

  /** SIGKILL, as `kill -9` or an OOM kill does; not restarted. */
  kill() {
    this.stopped = true;
    if (this.child?.pid) process.kill(-this.child.pid, 'SIGKILL');
  }

  async stop() {
    this.stopped = true;
    const child = this.child;
    if (!child?.pid) return;
    const gone = new Promise(r => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, 5000);
    await gone;
    clearTimeout(t);
  }
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs: number,
  what: string,
  intervalMs = 250,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await check();
    if (v) return v;
    await new Promise(r => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
