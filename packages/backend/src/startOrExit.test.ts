import { spawnSync } from 'child_process';
import path from 'path';
import { startOrExit } from './startOrExit';

describe('startOrExit', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('resolves true and neither logs nor exits when start succeeds', async () => {
    const exit = jest.fn();
    const log = jest.fn();
    const backend = { start: jest.fn(async () => ({})), stop: jest.fn() };
    await expect(startOrExit(backend, { exit, log })).resolves.toBe(true);
    expect(exit).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
    expect(backend.stop).not.toHaveBeenCalled();
  });

  it('logs the reason, stops the backend and exits 1 when start rejects', async () => {
    const exit = jest.fn();
    const log = jest.fn();
    const backend = {
      start: jest.fn(async () => {
        throw new Error(
          "Plugin 'catalog' startup failed; caused by MigrationLocked: Migration table is already locked",
        );
      }),
      stop: jest.fn(async () => {}),
    };
    await expect(startOrExit(backend, { exit, log })).resolves.toBe(false);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining(
        'Runway backend failed to start, exiting with code 1',
      ),
    );
    expect(log.mock.calls[0][0]).toContain(
      'MigrationLocked: Migration table is already locked',
    );
    expect(backend.stop).toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(1);
    expect(process.exitCode).toBe(1);
  });

  it('exits even when stopping the failed backend hangs', async () => {
    const exit = jest.fn();
    const backend = {
      start: async () => Promise.reject('not an Error'),
      stop: () => new Promise<void>(() => {}),
    };
    await startOrExit(backend, { exit, log: () => {}, stopTimeoutMs: 50 });
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('ends a real process that keeps a server listening with code 1', () => {
    // A child whose backend keeps an HTTP server open, as a half-started Backstage does.
    const root = path.resolve(__dirname, '../../..');
    const transform = require.resolve(
      '@backstage/cli/config/nodeTransform.cjs',
      { paths: [root] },
    );
    const script = `
      const http = require('http');
      const { startOrExit } = require(${JSON.stringify(
        path.join(__dirname, 'startOrExit.ts'),
      )});
      const server = http.createServer().listen(0, '127.0.0.1');
      process.on('unhandledRejection', () => {});
      startOrExit({
        start: async () => { throw new Error('Plugin \\'security\\' startup failed; caused by NotConfiguredError'); },
        stop: async () => {},
      });
    `;
    const child = spawnSync(
      process.execPath,
      ['--require', transform, '-e', script],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(
      "Runway backend failed to start, exiting with code 1: Error: Plugin 'security' startup failed",
    );
  });
});
