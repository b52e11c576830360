import { ChildProcess, spawn } from 'child_process';
import crypto from 'crypto';
import net from 'net';

// pg ships no types here (@types/pg is not installed): the little this harness uses.
type PgClient = {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
};
const { Client } = require('pg') as {
  Client: new (options: { connectionString: string }) => PgClient;
};

export const ADMIN_TOKEN = `*:*.${crypto.randomBytes(16).toString('hex')}`;

export interface RealUnleash {
  baseUrl: string;
  startMs: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function admin(serverUrl: string, sql: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts unleash-server (ESM, so in its own Node process) on loopback against a fresh
 * database on the test PostgreSQL, with an admin API token from `initApiTokens`, and waits
 * until `/health` answers. `stop` kills it and drops the database.
 */
export async function startRealUnleash(
  serverUrl: string,
  timeoutMs = 90_000,
): Promise<RealUnleash> {
  const database = `runway_unleash_${crypto.randomBytes(4).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE ${database}`);
  const db = new URL(serverUrl);
  db.pathname = `/${database}`;
  const port = await freePort();
  const entry = require.resolve('unleash-server');
  const options = {
    db: {
      host: db.hostname,
      port: Number(db.port || 5432),
      user: decodeURIComponent(db.username),
      password: decodeURIComponent(db.password),
      database,
      ssl: false,
    },
    server: { host: '127.0.0.1', port },
    authentication: {
      initApiTokens: [
        {
          secret: ADMIN_TOKEN,
          type: 'admin',
          tokenName: 'runway-test',
          projects: ['*'],
          environment: '*',
        },
      ],
    },
    versionCheck: { enable: false },
    logLevel: 'error',
  };
  const script = `import(${JSON.stringify(
    entry,
  )}).then(m => m.start(${JSON.stringify(
    options,
  )})).catch(e => { console.error(e); process.exit(1); });`;
  const started = Date.now();
  const child: ChildProcess = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  let stderr = '';
  child.stderr!.on('data', d => {
    stderr = (stderr + d).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise(r => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    }
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`unleash-server exited (${child.exitCode}): ${stderr}`);
      }
      if (Date.now() - started > timeoutMs) {
        throw new Error(
          `unleash-server not up after ${timeoutMs} ms: ${stderr}`,
        );
      }
      const ok = await fetch(`${baseUrl}/health`, {
        signal: AbortSignal.timeout(1000),
      })
        .then(r => r.ok)
        .catch(() => false);
      if (ok) break;
      await new Promise(r => setTimeout(r, 200));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, startMs: Date.now() - started, stop };
}
