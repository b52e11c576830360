import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { scaffolderModuleRunway } from '../../module';
import {
  platformParameterSets,
  type PlatformSetName,
  type PlatformValues,
} from './parameterSets';

/** templates/aws-platform, from this package's src/platform folder. */
export const PLATFORM_TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../../../templates/aws-platform',
);

/** Every file under dir, as sorted paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter(e => e.isFile())
    .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

export type DryRunBody = {
  errors?: { property: string; message: string }[];
  directoryContents?: { path: string; base64Content: string }[];
  log?: { body: { message: string; status?: string; stepId?: string } }[];
  output?: Record<string, unknown>;
};

/** The real scaffolder plus Runway's actions, as the embedded default runs them. */
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

/** POST /api/scaffolder/v2/dry-run with template.yaml and its skeleton, as the template editor does. */
export async function dryRunPlatform(
  baseUrl: string,
  values: Record<string, unknown>,
): Promise<{ status: number; body: DryRunBody }> {
  const template = parseYaml(
    await fs.readFile(
      path.join(PLATFORM_TEMPLATE_DIR, 'template.yaml'),
      'utf8',
    ),
  );
  const directoryContents = await Promise.all(
    (
      await listFiles(PLATFORM_TEMPLATE_DIR)
    ).map(async p => ({
      path: p,
      base64Content: (
        await fs.readFile(path.join(PLATFORM_TEMPLATE_DIR, p))
      ).toString('base64'),
    })),
  );
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

export type RenderedPlatform = {
  values: PlatformValues;
  /** folder holding the files the dry run wrote */
  dir: string;
  files: string[];
  body: DryRunBody;
  millis: number;
};

async function inputsDigest(): Promise<string> {
  const hash = createHash('sha256')
    .update(`${process.ppid}`)
    .update(JSON.stringify(platformParameterSets));
  for (const file of await listFiles(PLATFORM_TEMPLATE_DIR))
    hash
      .update(file)
      .update(await fs.readFile(path.join(PLATFORM_TEMPLATE_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Dry-runs the template once per parameter set and writes each workspace to a folder. The
 * test files (parallel workers) share one render per digest of the template and this jest
 * run, so the scaffolder starts once.
 */
export async function renderPlatformSets(): Promise<
  Record<PlatformSetName, RenderedPlatform>
> {
  const cacheDir = path.join(
    os.tmpdir(),
    `aws-platform-render-${await inputsDigest()}`,
  );
  const load = async () => {
    const sets: Record<PlatformSetName, RenderedPlatform> = JSON.parse(
      await fs.readFile(path.join(cacheDir, 'rendered.json'), 'utf8'),
    );
    for (const set of Object.values(sets))
      set.dir = path.join(cacheDir, set.dir);
    return sets;
  };
  try {
    return await load();
  } catch {
    // not rendered yet by another test file
  }
  const staging = `${cacheDir}.${process.pid}-${Date.now()}`;
  await fs.mkdir(staging, { recursive: true });
  const scaffolder = await startScaffolder(path.join(staging, 'published'));
  const rendered = {} as Record<PlatformSetName, RenderedPlatform>;
  try {
    for (const [name, values] of Object.entries(platformParameterSets) as [
      PlatformSetName,
      PlatformValues,
    ][]) {
      const started = Date.now();
      const { status, body } = await dryRunPlatform(scaffolder.baseUrl, values);
      const millis = Date.now() - started;
      if (status !== 200)
        throw new Error(
          `dry run of "${name}" failed with ${status}: ${JSON.stringify(
            body,
          ).slice(0, 2000)}`,
        );
      const files: string[] = [];
      for (const file of body.directoryContents ?? []) {
        const target = path.join(staging, name, file.path);
        await fs.mkdir(path.dirname(target), { recursive: true });
        await fs.writeFile(target, Buffer.from(file.base64Content, 'base64'));
        files.push(file.path);
      }
      delete body.directoryContents;
      rendered[name] = { values, dir: name, files: files.sort(), body, millis };
    }
  } finally {
    await scaffolder.stop();
  }
  await fs.writeFile(
    path.join(staging, 'rendered.json'),
    JSON.stringify(rendered),
  );
  try {
    await fs.rename(staging, cacheDir);
  } catch {
    // another worker finished first: its render is identical
    await fs.rm(staging, { recursive: true, force: true });
  }
  return load();
}

export const readRendered = (set: RenderedPlatform, file: string) =>
  fs.readFile(path.join(set.dir, file), 'utf8');
