import { ChildProcess, spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { stringify } from 'yaml';
import { Entity } from '@backstage/catalog-model';

const ROOT = path.resolve(__dirname, '../../../../..');
const TOKEN = 'kubernetes-test-caller-token';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface KubernetesBackendProcess {
  /** POST /api/kubernetes/services/<name> for a Component of the catalog, as the tab does. */
  servicesView(
    name: string,
  ): Promise<{ status: number; body: any; ms: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the real catalog and Kubernetes backends (with Runway's module) in a child Node
 * process on loopback, the catalog reading `entities` from a file, and waits until the
 * catalog has them. Callers authenticate with a static external-access token.
 */
export async function startKubernetesBackendProcess(options: {
  kubernetes: Record<string, unknown>;
  entities: Entity[];
  runwayDataSource: 'live' | 'demo';
  env?: Record<string, string>;
}): Promise<KubernetesBackendProcess> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-kubernetes-'));
  const catalogFile = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(
    catalogFile,
    options.entities.map(e => `---\n${stringify(e)}`).join(''),
  );
  const port = await freePort();
  const configFile = path.join(dir, 'app-config.yaml');
  fs.writeFileSync(
    configFile,
    JSON.stringify({
      backend: {
        baseUrl: `http://127.0.0.1:${port}`,
        listen: { port, host: '127.0.0.1' },
        database: { client: 'better-sqlite3', connection: ':memory:' },
        auth: {
          externalAccess: [
            {
              type: 'static',
              options: { token: TOKEN, subject: 'kubernetes-test' },
            },
          ],
        },
      },
      runway: { dataSource: options.runwayDataSource },
      catalog: {
        rules: [{ allow: ['Component', 'Resource', 'Location'] }],
        locations: [{ type: 'file', target: catalogFile }],
        processingInterval: { seconds: 1 },
      },
      kubernetes: options.kubernetes,
    }),
  );
  const transform = require.resolve('@backstage/cli/config/nodeTransform.cjs', {
    paths: [ROOT],
  });
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--require',
      transform,
      path.join(__dirname, 'kubernetesBackendEntry.ts'),
      '--config',
      configFile,
    ],
    {
      cwd: path.join(ROOT, 'packages/backend'),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', b => (output += b));
  child.stderr!.on('data', b => (output += b));
  const exited = new Promise<void>(resolve =>
    child.on('exit', () => resolve()),
  );

  const base = `http://127.0.0.1:${port}`;
  const headers = {
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
  };
  const deadline = Date.now() + 90_000;
  const wanted = options.entities.map(
    e => `${e.kind.toLowerCase()}/default/${e.metadata.name}`,
  );
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(
        `kubernetes backend exited ${child.exitCode}:\n${output}`,
      );
    }
    const found = await Promise.all(
      wanted.map(ref =>
        fetch(`${base}/api/catalog/entities/by-name/${ref}`, { headers })
          .then(r => r.ok)
          .catch(() => false),
      ),
    );
    if (found.every(Boolean)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`catalog never had ${wanted.join(', ')}:\n${output}`);
    }
    await new Promise(r => setTimeout(r, 500));
  }

  return {
    async servicesView(name) {
      const started = Date.now();
      const res = await fetch(`${base}/api/kubernetes/services/${name}`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          entity: {
            kind: 'Component',
            metadata: { name, namespace: 'default' },
          },
        }),
      });
      return {
        status: res.status,
        body: await res.json(),
        ms: Date.now() - started,
      };
    },
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise(r => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
