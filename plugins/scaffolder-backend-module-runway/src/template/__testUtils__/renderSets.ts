import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import {
  dryRun,
  startScaffolder,
  writeDryRunFiles,
  type DryRunResult,
} from './dryRun';
import { parameterSets, type ParameterSetName } from './parameterSets';
import { TEMPLATE_DIR, listFiles } from './files';

export type RenderedSet = {
  values: (typeof parameterSets)[ParameterSetName];
  /** folder holding the files the dry run wrote */
  dir: string;
  files: string[];
  result: DryRunResult;
  millis: number;
};

/**
 * A digest of everything a render depends on (the template, the parameter sets, the actions)
 * and of this jest run (the workers' parent process), so every test run renders afresh once.
 */
async function renderInputsDigest(): Promise<string> {
  const hash = createHash('sha256')
    .update(`${process.ppid}`)
    .update(JSON.stringify(parameterSets));
  const sources = [TEMPLATE_DIR, path.resolve(__dirname, '../..')];
  for (const dir of sources) {
    for (const file of await listFiles(dir)) {
      if (dir !== TEMPLATE_DIR && !/^(actions|slo)\/|^module\.ts$/.test(file))
        continue;
      hash.update(file).update(await fs.readFile(path.join(dir, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Runs the whole template (every step, through the scaffolder's dry-run endpoint) once per
 * parameter set and writes each resulting workspace to a folder. The test files share one
 * render per digest of their inputs (they run in parallel workers), so the backend starts once.
 */
export async function renderAllSets(): Promise<
  Record<ParameterSetName, RenderedSet>
> {
  const cacheDir = path.join(
    os.tmpdir(),
    `symfony-service-render-${await renderInputsDigest()}`,
  );
  const index = path.join(cacheDir, 'rendered.json');
  const load = async () => {
    const sets: Record<ParameterSetName, RenderedSet> = JSON.parse(
      await fs.readFile(index, 'utf8'),
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
  const rendered = await renderInto(staging);
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

async function renderInto(
  root: string,
): Promise<Record<ParameterSetName, RenderedSet>> {
  await fs.mkdir(root, { recursive: true });
  const scaffolder = await startScaffolder(path.join(root, 'published'));
  const rendered = {} as Record<ParameterSetName, RenderedSet>;
  try {
    for (const [name, values] of Object.entries(parameterSets) as [
      ParameterSetName,
      RenderedSet['values'],
    ][]) {
      const started = Date.now();
      const result = await dryRun(scaffolder.baseUrl, values);
      const millis = Date.now() - started;
      if (result.status !== 200) {
        throw new Error(
          `dry run of "${name}" failed with ${result.status}: ${JSON.stringify(
            result.body,
          ).slice(0, 2000)}`,
        );
      }
      const dir = path.join(root, name);
      const files = await writeDryRunFiles(result, dir);
      // the folder is renamed once all sets are written; dirs are stored relative to it
      rendered[name] = { values, dir: name, files, result, millis };
    }
  } finally {
    await scaffolder.stop();
  }
  return rendered;
}

export async function readText(
  set: RenderedSet,
  file: string,
): Promise<string> {
  return fs.readFile(path.join(set.dir, file), 'utf8');
}
