import { UrlReaderService } from '@backstage/backend-plugin-api';

/** How long one read of a file next to an entity (spec, runbook, ADR) may take. @public */
export const ENTITY_FILE_READ_TIMEOUT_MS = 10_000;

/**
 * Options for `urlReader.readUrl` / `readTree` that bound the read, so one hanging Git host
 * cannot hold a page up.
 *
 * @public
 */
export function entityFileReadOptions(): { signal: AbortSignal } {
  return { signal: AbortSignal.timeout(ENTITY_FILE_READ_TIMEOUT_MS) };
}

/** One file of an entity's folder, as text (a type, so it is JSON a cache can hold). @public */
export type FolderFile = { path: string; text: string };

/**
 * The files of an entity's folder (ADRs, runbooks) that `accept` keeps, read as UTF-8 text
 * through the UrlReader with the entity-file timeout. JSON, so a StaleCache can hold it.
 *
 * @public
 */
export async function readFolderFiles(
  urlReader: UrlReaderService,
  folder: string,
  accept: (path: string) => boolean,
): Promise<FolderFile[]> {
  const tree = await urlReader.readTree(folder, entityFileReadOptions());
  const out: FolderFile[] = [];
  for (const file of await tree.files()) {
    if (accept(file.path))
      out.push({
        path: file.path,
        text: (await file.content()).toString('utf8'),
      });
  }
  return out;
}
