import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { localFilesUrlReaderFactory } from '@runway/runway-node';
import { scaffolderModuleRunway } from '../module';
import { platformParameterSets } from './__testUtils__/parameterSets';
import { PLATFORM_TEMPLATE_DIR } from './__testUtils__/render';

jest.setTimeout(60_000);

const user = mockCredentials.user.header('user:default/guest');

async function poll<T>(what: string, fn: () => Promise<T | undefined>) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 250));
  }
}

/**
 * Create → AWS platform as the embedded default runs it: the catalog reads the template from
 * its file location, the scaffolder runs every step for real (no dry run), runway:publish:local
 * commits the repository to runway.scaffolder.localOutputDir, and catalog:register hands the
 * catalog a file: URL that Runway's local-files reader serves.
 */
describe('Create → AWS platform, end to end on the embedded default', () => {
  let published: string;
  let baseUrl: string;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    published = await fs.realpath(
      await fs.mkdtemp(path.join(os.tmpdir(), 'platform-e2e-')),
    );
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleScaffolderEntityModel,
        scaffolderPlugin,
        scaffolderModuleRunway,
        localFilesUrlReaderFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            runway: {
              scaffolder: { localOutputDir: published },
              localFiles: { allowedRoots: [published] },
            },
            scaffolder: {
              defaultAuthor: { name: 'Runway', email: 'runway@runway.example' },
            },
            catalog: {
              // the same rules as app-config.yaml
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Group',
                    'User',
                    'Template',
                  ],
                },
              ],
              locations: [
                {
                  type: 'file',
                  target: path.join(PLATFORM_TEMPLATE_DIR, 'template.yaml'),
                  rules: [{ allow: ['Template'] }],
                },
              ],
            },
          },
        }),
      ],
    });
    baseUrl = `http://localhost:${
      (backend.server.address() as AddressInfo).port
    }`;
    stop = () => backend.stop();
  });
  afterAll(() => stop?.());

  const get = (p: string) =>
    fetch(`${baseUrl}${p}`, { headers: { Authorization: user } });

  it('runs every step, publishes a git repository and registers the System and its Resources', async () => {
    await poll('the template in the catalog', async () =>
      (
        await get('/api/catalog/entities/by-name/template/default/aws-platform')
      ).ok
        ? true
        : undefined,
    );
    const created = await fetch(`${baseUrl}/api/scaffolder/v2/tasks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: user },
      body: JSON.stringify({
        templateRef: 'template:default/aws-platform',
        values: platformParameterSets.devOnly,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    const task = await poll('the task to finish', async () => {
      const t = await (await get(`/api/scaffolder/v2/tasks/${id}`)).json();
      return ['completed', 'failed', 'cancelled'].includes(t.status)
        ? t
        : undefined;
    });
    const events = await (
      await get(`/api/scaffolder/v2/tasks/${id}/events`)
    ).json();
    if (task.status !== 'completed') {
      throw new Error(
        `task ${task.status}: ${events
          .map((e: any) => e.body.message)
          .join('\n')
          .slice(-3000)}`,
      );
    }

    // the task's output (the links the Create page shows) is in its completion event
    const output = events.find((e: any) => e.type === 'completion').body.output;
    // the repository the Repository link points at
    const repo = path.join(published, 'sandbox-platform');
    expect(output.links[0].url).toBe(`file://${repo}`);
    const files = execFileSync('git', ['ls-files'], {
      cwd: repo,
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(files).toHaveLength(60);
    expect(files).toEqual(
      expect.arrayContaining([
        'catalog-info.yaml',
        'terraform/environments/dev/main.tf',
        'gitops/app-of-apps.yaml',
      ]),
    );
    expect(files.some(f => f.startsWith('terraform/environments/prod/'))).toBe(
      false,
    );

    // catalog:register took the file: URL; the catalog ingests the entities from it
    expect(output.links[1].entityRef).toBe('system:default/sandbox-platform');
    const system = await poll('the System in the catalog', async () => {
      const res = await get(
        '/api/catalog/entities/by-name/system/default/sandbox-platform',
      );
      return res.ok ? res.json() : undefined;
    });
    expect(
      system.metadata.annotations['backstage.io/managed-by-location'],
    ).toBe(`url:file://${repo}/catalog-info.yaml`);
    const resources = await poll('the Resources in the catalog', async () => {
      const res = await get(
        `/api/catalog/entities/by-query?filter=kind=resource,spec.system=sandbox-platform&fields=metadata.name,spec.type,relations`,
      );
      const body = await res.json();
      return body.items?.length === 7 ? body.items : undefined;
    });
    expect(
      resources.map((r: any) => `${r.metadata.name}:${r.spec.type}`).sort(),
    ).toEqual([
      'sandbox-audit-logs:s3-bucket',
      'sandbox-dev-alb-logs:s3-bucket',
      'sandbox-dev-assets:s3-bucket',
      'sandbox-dev-mysql:database',
      'sandbox-dev-redis:cache',
      'sandbox-eks-dev:kubernetes-cluster',
      'sandbox-tfstate:s3-bucket',
    ]);
    const cluster = resources.find(
      (r: any) => r.spec.type === 'kubernetes-cluster',
    );
    expect(cluster.relations).toEqual(
      expect.arrayContaining([
        { type: 'partOf', targetRef: 'system:default/sandbox-platform' },
        { type: 'ownedBy', targetRef: 'group:default/team-platform' },
      ]),
    );
  });
});
