import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { StaleCache, warnUpstreamFailure } from '../StaleCache';
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

/**
 * What a reader of one annotated folder per entity (ADRs, runbooks) shares: where the
 * folder is, the reader and cache it reads through, and its one log line per failed read.
 *
 * @public
 */
export abstract class EntityFolderReader {
  constructor(
    protected readonly urlReader: UrlReaderService,
    /** Give the cache no logger: each read failure is logged once, by `warn`. */
    protected readonly cache: StaleCache,
    protected readonly logger: LoggerService | undefined,
    private readonly folder: { family: string; annotation: string },
  ) {}

  /** The entity's folder, or undefined without the annotation. */
  folderOf(entity: Entity): string | undefined {
    const ref = entity.metadata.annotations?.[this.folder.annotation];
    return ref ? resolveEntityPath(entity, ref) : undefined;
  }

  /**
   * Why `folder` could not be read ({@link folderReadReason}), logged unless the folder is
   * missing: that is the entity's to fix, not an upstream failure.
   */
  protected folderFailure(folder: string, error: unknown): string {
    const reason = folderReadReason(error);
    if (!(error instanceof NotFoundError)) this.warn(folder, reason);
    return reason;
  }

  /** Logs a failed read of `url` (a file or folder), naming the family and the host. */
  protected warn(url: string, error: unknown, servingSince?: string): void {
    warnUpstreamFailure(this.logger, {
      family: this.folder.family,
      upstream: readerUpstream(url),
      what: url,
      error,
      servingSince,
    });
  }
}
