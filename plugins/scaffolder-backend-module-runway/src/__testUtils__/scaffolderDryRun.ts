import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash, type Hash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { scaffolderModuleRunway } from '../module';

/** Every file under dir, as paths relative to it, sorted. */
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

/** The backend the templates run on in tests: the real scaffolder plus Runway's actions. */
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

/** A template's template.yaml and skeleton, as the template editor sends them to the dry-run endpoint. */
export async function readTemplateForDryRun(templateDir: string) {
  const template = parseYaml(
    await fs.readFile(path.join(templateDir, 'template.yaml'), 'utf8'),
  );
  const directoryContents = await Promise.all(
    (
      await listFiles(templateDir)
    ).map(async p => ({
      path: p,
      base64Content: (
        await fs.readFile(path.join(templateDir, p))
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

/** POST /api/scaffolder/v2/dry-run of the template in templateDir, the endpoint behind the template editor's dry run. */
export async function dryRunTemplate(
  baseUrl: string,
  templateDir: string,
  values: Record<string, unknown>,
): Promise<DryRunResult> {
  const { template, directoryContents } = await readTemplateForDryRun(
    templateDir,
  );
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

export type RenderedSet<V> = {
  values: V;
  /** folder holding the files the dry run wrote */
  dir: string;
  files: string[];
  /** the dry run's answer, without the file contents (they are in `dir`) */
  result: DryRunResult;
  millis: number;
};

/**
 * Runs a whole template (every step, through the scaffolder's dry-run endpoint) once per
 * parameter set and writes each resulting workspace to a folder. The test files share one
 * render per digest of its inputs (the template, the sets, what `digest` adds, and this
 * jest run: the workers' parent process), as they run in parallel workers, so the
 * scaffolder starts once.
 */
export async function renderSetsOnce<N extends string, V>(options: {
  /** names the cache folder in the temp dir */
  cacheName: string;
  templateDir: string;
  sets: Record<N, V>;
  digest?: (hash: Hash) => Promise<void>;
}): Promise<Record<N, RenderedSet<V>>> {
  const { templateDir, sets } = options;
  const hash = createHash('sha256')
    .update(`${process.ppid}`)
    .update(JSON.stringify(sets));
  for (const file of await listFiles(templateDir))
    hash.update(file).update(await fs.readFile(path.join(templateDir, file)));
  await options.digest?.(hash);
  const cacheDir = path.join(
    os.tmpdir(),
    `${options.cacheName}-render-${hash.digest('hex').slice(0, 16)}`,
  );
  const index = path.join(cacheDir, 'rendered.json');
  const load = async () => {
    const rendered: Record<N, RenderedSet<V>> = JSON.parse(
      await fs.readFile(index, 'utf8'),
    );
    for (const set of Object.values<RenderedSet<V>>(rendered))
      set.dir = path.join(cacheDir, set.dir);
    return rendered;
  };
  try {
    return await load();
  } catch {
    // not rendered yet by another test file
  }
  const staging = `${cacheDir}.${process.pid}-${Date.now()}`;
  await fs.mkdir(staging, { recursive: true });
  const scaffolder = await startScaffolder(path.join(staging, 'published'));
  const rendered = {} as Record<N, RenderedSet<V>>;
  try {
    for (const [name, values] of Object.entries(sets) as [N, V][]) {
      const started = Date.now();
      const result = await dryRunTemplate(
        scaffolder.baseUrl,
        templateDir,
        values as Record<string, unknown>,
      );
      const millis = Date.now() - started;
      if (result.status !== 200) {
        throw new Error(
          `dry run of "${name}" failed with ${result.status}: ${JSON.stringify(
            result.body,
          ).slice(0, 2000)}`,
        );
      }
      const files = await writeDryRunFiles(result, path.join(staging, name));
      delete result.body.directoryContents;
      // the folder is renamed once all sets are written; dirs are stored relative to it
      rendered[name] = { values, dir: name, files, result, millis };
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
    // another worker finished first: use its identical render
    await fs.rm(staging, { recursive: true, force: true });
  }
  return load();
}

/** One rendered file's text. */
export function readRendered(
  set: { dir: string },
  file: string,
): Promise<string> {
  return fs.readFile(path.join(set.dir, file), 'utf8');
}
