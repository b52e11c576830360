import { ChildProcess, spawn } from 'child_process';
import http from 'http';
import net from 'net';
import path from 'path';

const backendDir = path.resolve(__dirname, '..');
// The bench's one reader of these counters (plain JS, outside any package).
const benchCounter: (url: string) => () => Promise<{
  byFamily: Record<string, number>;
  raw: Record<string, number>;
  seconds: Record<string, number>;
  builds: number;
}> = require(path.resolve(
  backendDir,
  '../../scripts/bench/lib/upstreamCounts.js',
)).upstreamCounter;
const transform = require.resolve('@backstage/cli/config/nodeTransform.cjs');

// What a backend process does with a counted call: fetchJson to a loopback upstream, then
// stays up, as the real backend does, until the test stops it.
const CHILD = `
const http = require('http');
const { fetchJson } = require('@runway/runway-node/src/fetchJson');
const { z } = require('zod/v3');
const upstream = http.createServer((req, res) => res.end('{"ok":true}'));
upstream.listen(0, '127.0.0.1', async () => {
  const url = 'http://127.0.0.1:' + upstream.address().port + '/';
  await fetchJson(url, {
    upstream: 'ArgoCD main',
    schema: z.object({ ok: z.boolean() }),
    timeoutMs: 5000,
    labels: { family: 'deployments' },
  });
  console.log('called');
  setInterval(() => {}, 1000);
});
`;

const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(r => server.close(r));
  return port;
}

function start(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      './src/instrumentation.js',
      '--require',
      transform,
      '-e',
      CHILD,
    ],
    { cwd: backendDir, env: { ...process.env, ...env } },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', d => (err += d));
    child.stdout!.on(
      'data',
      d => String(d).includes('called') && resolve(child),
    );
    child.on('exit', code => reject(new Error(`child exited ${code}: ${err}`)));
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, res => {
        let body = '';
        res.on('data', d => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('src/instrumentation.js', () => {
  it('serves the upstream counters on the Prometheus endpoint when configured', async () => {
    const port = await freePort();
    await start({
      OTEL_METRICS_EXPORTER: 'prometheus',
      OTEL_EXPORTER_PROMETHEUS_HOST: '127.0.0.1',
      OTEL_EXPORTER_PROMETHEUS_PORT: String(port),
    });
    const res = await get(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('# TYPE runway_upstream_calls_total counter');
    expect(res.body).toMatch(
      /^runway_upstream_calls_total\{family="deployments",upstream="argocd",outcome="ok"[^}]*\} 1$/m,
    );
    // What the bench (scripts/bench/lib/upstreamCounts.js) reads from the same endpoint.
    const counts = await benchCounter(`http://127.0.0.1:${port}/metrics`)();
    expect(counts.byFamily.deployments).toBe(1);
    expect(counts.raw).toEqual({ 'deployments argocd ok': 1 });
    expect(counts.builds).toBe(0);
    // and the time spent in the call, from the duration histogram's sum
    expect(counts.seconds['deployments argocd']).toBeGreaterThan(0);
    expect(counts.seconds['deployments argocd']).toBeLessThan(10);
    expect(res.body).toMatch(
      /^runway_upstream_call_duration_count\{family="deployments",upstream="argocd",outcome="ok"[^}]*\} 1$/m,
    );
  }, 60_000);

  it('starts nothing and listens nowhere when not configured', async () => {
    const port = await freePort();
    await start({ OTEL_EXPORTER_PROMETHEUS_PORT: String(port) });
    await expect(get(`http://127.0.0.1:${port}/metrics`)).rejects.toMatchObject(
      { code: 'ECONNREFUSED' },
    );
  }, 60_000);
});
