import { NotFoundError } from '@backstage/errors';
import path from 'path';
import { pathToFileURL } from 'url';
import { Entity, getEntitySourceLocation } from '@backstage/catalog-model';

/**
 * Resolves a path from an annotation (e.g. `./runbooks`) against the entity's own location:
 * a URL in production (GitHub blob/tree URLs resolve like any URL), a `file:` URL for the
 * local demo folders. Absolute URLs in the annotation are used as they are.
 */
export function resolveEntityPath(entity: Entity, ref: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return ref;
  const location = getEntitySourceLocation(entity);
  if (location.type === 'file') {
    return pathToFileURL(
      path.resolve(path.dirname(location.target), ref),
    ).toString();
  }
  return new URL(ref, location.target).toString();
}

/** Joins a file name onto a folder URL, whether or not the folder URL ends with `/`. */
export function joinUrl(folder: string, file: string): string {
  return `${folder.replace(/\/+$/, '')}/${encodeURIComponent(file)}`;
}

/**
 * Why an entity's folder (ADRs, runbooks) could not be read: a missing folder in words,
 * else the UrlReader's message.
 *
 * @public
 */
export function folderReadReason(error: unknown): string {
  if (error instanceof NotFoundError) return 'the folder does not exist';
  return error instanceof Error ? error.message : String(error);
}

/**
 * What a UrlReader reads a URL from, for logs: its host, or `local files`.
 *
 * @public
 */
export function readerUpstream(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'file:' || !host ? 'local files' : host;
  } catch {
    return 'local files';
  }
}
