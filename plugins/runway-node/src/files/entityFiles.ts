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
