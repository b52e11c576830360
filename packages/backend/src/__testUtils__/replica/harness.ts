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
  /** The port of the current start: each start takes a free one (see start). */
  port = 0;
  private stopped = false;
  private readonly configDir: string;

  constructor(
    readonly name: string,
    private readonly databaseUrl: string,
    private readonly env: Record<string, string> = {},
  ) {
    this.configDir = fs.mkdtempSync(path.join(os.tmpdir(), `runway-${name}-`));
  }

  private writeConfig(): string {
    const file = path.join(this.configDir, 'app-config.yaml');
    fs.writeFileSync(
      file,
      JSON.stringify({
        backend: {
          baseUrl: `http://127.0.0.1:${this.port}`,
          listen: { port: this.port, host: '127.0.0.1' },
          database: {
            client: 'pg',
            connection: this.databaseUrl,
            pluginDivisionMode: 'schema',
          },
        },
        catalog: { locations: [] },
      }),
    );
    return file;
  }

  get pid() {
    return this.child?.pid;
  }

  /** What the replica did so far, for a timeout's message. */
  describe(): string {
    const exits = this.exits
      .map(
        e => `exit ${e.code ?? e.signal}: ${e.reason || '(no reason logged)'}`,
      )
      .join(' | ');
    const tail = this.output.split('\n').slice(-5).join(' / ');
    return `${this.name}: ${this.starts} start(s), port ${this.port}${
      exits ? `; ${exits}` : ''
    }; last output: ${tail || '(none)'}`;
  }

  /**
   * Starts the replica on a port that is free now. A pod has its own address; here a port
   * picked once could be taken by another suite's server meanwhile, and every restart would
   * then fail on it.
   */
  async start() {
    this.starts++;
    this.port = await freePort();
    const configFile = this.writeConfig();
    const transform = require.resolve(
      '@backstage/cli/config/nodeTransform.cjs',
      { paths: [ROOT] },
    );
    const child = spawn(
      process.execPath,
      ['--require', transform, ENTRY, '--config', configFile],
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
      if (!this.stopped && code !== 0)
        setTimeout(() => void this.start(), 1000);
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
  state?: () => string,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await check();
    if (v) return v;
    await new Promise(r => setTimeout(r, intervalMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${
      state ? `\n${state()}` : ''
    }`,
  );
}
