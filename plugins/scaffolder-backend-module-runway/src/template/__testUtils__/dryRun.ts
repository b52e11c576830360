import fs from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { scaffolderModuleRunway } from '../../module';
import { TEMPLATE_DIR, listFiles } from './files';

/** The backend the template runs on in tests: the real scaffolder plus Runway's actions. */
export async function startScaffolder(localOutputDir: string) {
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleRunway,
      mockServices.rootConfig.factory({
        data: {
          backend: { baseUrl: 'http://localhost:7007' },
          runway: { scaffolder: { localOutputDir } },
        },
      }),
    ],
  });
  const { port } = backend.server.address() as AddressInfo;
  return { baseUrl: `http://localhost:${port}`, stop: () => backend.stop() };
}

/** template.yaml and its skeleton, as the template editor sends them to the dry-run endpoint. */
export async function readTemplateForDryRun() {
  const template = parseYaml(
    await fs.readFile(path.join(TEMPLATE_DIR, 'template.yaml'), 'utf8'),
  );
  const files = await listFiles(TEMPLATE_DIR);
  const directoryContents = await Promise.all(
    files.map(async p => ({
      path: p,
      base64Content: (
        await fs.readFile(path.join(TEMPLATE_DIR, p))
      ).toString('base64'),
    })),
  );
  return { template, directoryContents };
}

export type DryRunResult = {
  status: number;
  body: {
    errors?: { property: string; message: string }[];
    directoryContents?: {
      path: string;
      base64Content: string;
      executable?: boolean;
    }[];
    steps?: { id: string; name: string; action: string }[];
    log?: { body: { message: string; status?: string; stepId?: string } }[];
    output?: Record<string, unknown>;
  };
};

/** POST /api/scaffolder/v2/dry-run, the endpoint behind the template editor's dry run. */
export async function dryRun(
  baseUrl: string,
  values: Record<string, unknown>,
): Promise<DryRunResult> {
  const { template, directoryContents } = await readTemplateForDryRun();
  // a service principal: the scaffolder then has no user entity to look up in the catalog
  const res = await fetch(`${baseUrl}/api/scaffolder/v2/dry-run`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: mockCredentials.service.header(),
    },
    body: JSON.stringify({ template, values, directoryContents }),
  });
  return { status: res.status, body: await res.json() };
}

/** Writes the dry run's resulting workspace to dir, so real tools can check the files. */
export async function writeDryRunFiles(
  result: DryRunResult,
  dir: string,
): Promise<string[]> {
  const written: string[] = [];
  for (const file of result.body.directoryContents ?? []) {
    const target = path.join(dir, file.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, Buffer.from(file.base64Content, 'base64'));
    written.push(file.path);
  }
  return written.sort();
}
