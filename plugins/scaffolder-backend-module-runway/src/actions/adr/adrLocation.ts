import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The community's annotation: where an entity keeps its ADRs, relative to its catalog file. */
export const ADR_LOCATION_ANNOTATION = 'backstage.io/adr-location';

export interface EntityLike {
  metadata: { name: string; annotations?: Record<string, string> };
}

export interface AdrLocation {
  /** The folder as UrlReader reads it: a Git host URL, or a `file:` URL for local folders. */
  folderUrl: string;
  /** The folder relative to the repository root, where the new record is written. */
  repoPath: string;
}

// Git hosts' blob/tree URLs: https://host/owner/repo/blob/<branch>/<path>
const GIT_FILE_URL =
  /^https?:\/\/[^/]+\/[^/]+\/[^/]+\/(?:blob|tree|-\/blob|-\/tree)\/[^/]+\/(.*)$/;

/**
 * Resolves `backstage.io/adr-location` against the entity's own location annotation, the way
 * the ADR backend does (the catalog-model helpers are not a dependency of this module).
 */
export function adrLocationOf(entity: EntityLike): AdrLocation {
  const annotations = entity.metadata.annotations ?? {};
  const ref = annotations[ADR_LOCATION_ANNOTATION];
  if (!ref)
    throw new Error(
      `${entity.metadata.name} has no ${ADR_LOCATION_ANNOTATION} annotation`,
    );
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref))
    throw new Error(
      `${ADR_LOCATION_ANNOTATION} must be a path inside the repository, got ${ref}`,
    );
  const location =
    annotations['backstage.io/source-location'] ??
    annotations['backstage.io/managed-by-location'];
  const match = location && /^([a-z]+):(.+)$/.exec(location);
  if (!match)
    throw new Error(`${entity.metadata.name} has no location annotation`);
  const [, type, target] = match;
  if (type === 'file') {
    const folder = path.resolve(path.dirname(target), ref);
    return {
      folderUrl: pathToFileURL(folder).href,
      repoPath: path.posix.normalize(ref).replace(/^\.\/|\/$/g, ''),
    };
  }
  const folderUrl = new URL(ref, target).href.replace(/\/$/, '');
  // source-location points at a folder (ends with /), managed-by-location at catalog-info.yaml.
  const inRepo = GIT_FILE_URL.exec(target)?.[1] ?? '';
  const base = target.endsWith('/') ? inRepo : path.posix.dirname(inRepo);
  const repoPath = path.posix
    .normalize(path.posix.join(base === '.' ? '' : base, ref))
    .replace(/^\.\/|\/$/g, '');
  if (repoPath.startsWith('..'))
    throw new Error(`${ADR_LOCATION_ANNOTATION} points outside the repository`);
  return { folderUrl, repoPath };
}

/** The next record number after the highest `NNNN-*.md` in the folder. */
export function nextAdrNumber(fileNames: string[]): number {
  const numbers = fileNames
    .map(f => /^(\d+)[-_][^/]*\.md$/i.exec(path.posix.basename(f))?.[1])
    .filter(Boolean)
    .map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

/** `Use PostgreSQL for orders` -> `use-postgresql-for-orders`. */
export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'decision'
  );
}
