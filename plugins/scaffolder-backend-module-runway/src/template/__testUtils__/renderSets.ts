import fs from 'node:fs/promises';
import path from 'node:path';
import {
  readRendered,
  renderSetsOnce,
  type RenderedSet as AnyRenderedSet,
} from '../../__testUtils__/scaffolderDryRun';
import { parameterSets, type ParameterSetName } from './parameterSets';
import { TEMPLATE_DIR, listFiles } from './files';

export type RenderedSet = AnyRenderedSet<
  (typeof parameterSets)[ParameterSetName]
>;

/**
 * Runs templates/symfony-service once per parameter set (see renderSetsOnce). Its steps
 * call Runway's actions, so their sources are part of the render's inputs too.
 */
export function renderAllSets(): Promise<
  Record<ParameterSetName, RenderedSet>
> {
  return renderSetsOnce({
    cacheName: 'symfony-service',
    templateDir: TEMPLATE_DIR,
    sets: parameterSets,
    digest: async hash => {
      const src = path.resolve(__dirname, '../..');
      for (const file of await listFiles(src)) {
        if (!/^(actions|slo)\/|^module\.ts$/.test(file)) continue;
        hash.update(file).update(await fs.readFile(path.join(src, file)));
      }
    },
  });
}

export const readText = readRendered;
