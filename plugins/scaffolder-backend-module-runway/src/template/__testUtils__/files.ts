import fs from 'node:fs/promises';
import path from 'node:path';

/** templates/symfony-service, from this package's src/template folder. */
export const TEMPLATE_DIR = path.resolve(
  __dirname,
  '../../../../../templates/symfony-service',
);

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
