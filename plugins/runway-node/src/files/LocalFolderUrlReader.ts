import fs from 'fs/promises';
import { realpathSync } from 'fs';
import path from 'path';
import { Readable } from 'stream';
import { fileURLToPath, pathToFileURL } from 'url';
import {
  UrlReaderService,
  UrlReaderServiceReadTreeOptions,
  UrlReaderServiceReadTreeResponse,
  UrlReaderServiceReadUrlOptions,
  UrlReaderServiceReadUrlResponse,
  UrlReaderServiceSearchResponse,
} from '@backstage/backend-plugin-api';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  NotModifiedError,
} from '@backstage/errors';
import type {
  ReaderFactory,
  ReadTreeResponseFactory,
} from '@backstage/backend-defaults/urlReader';
import { makeRe } from 'minimatch';

/** Config key listing the folders `file:` URLs may be read from. */
export const LOCAL_FILES_ROOTS_KEY = 'runway.localFiles.allowedRoots';

/**
 * Reads `file:` URLs, but only inside the configured folders. Backstage ships no reader for
 * local files; the demo services (and the services the template creates locally) keep their
 * SLO specs, ADRs and runbooks in folders, so this lets one code path (coreServices.urlReader)
 * serve folders in the demo and GitHub in production. Both `..` segments and symlinks that
 * lead out of a root are refused: the check is made on the real path, after links resolve.
 */
export class LocalFolderUrlReader implements UrlReaderService {
  static factory: ReaderFactory = ({ config, treeResponseFactory }) => {
    const roots = config.getOptionalStringArray(LOCAL_FILES_ROOTS_KEY) ?? [];
    if (roots.length === 0) return [];
    const reader = new LocalFolderUrlReader(roots, treeResponseFactory);
    return [{ predicate: url => url.protocol === 'file:', reader }];
  };

  private readonly roots: string[];

  /** Roots may be relative to the backend's working directory, like `catalog.locations`. */
  constructor(
    roots: string[],
    private readonly treeResponseFactory?: ReadTreeResponseFactory,
  ) {
    this.roots = roots.map(root => {
      try {
        return realpathSync(path.resolve(root));
      } catch {
        throw new Error(
          `${LOCAL_FILES_ROOTS_KEY}: folder ${path.resolve(
            root,
          )} does not exist`,
        );
      }
    });
  }

  async readUrl(
    url: string,
    options?: UrlReaderServiceReadUrlOptions,
  ): Promise<UrlReaderServiceReadUrlResponse> {
    const file = await this.resolve(url);
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(`${url} is not a file`);
    const etag = `${stat.mtimeMs}-${stat.size}`;
    if (options?.etag === etag) throw new NotModifiedError();
    const buffer = await fs.readFile(file);
    return {
      buffer: async () => buffer,
      stream: () => Readable.from(buffer),
      etag,
      lastModifiedAt: stat.mtime,
    };
  }

  async readTree(
    url: string,
    options?: UrlReaderServiceReadTreeOptions,
  ): Promise<UrlReaderServiceReadTreeResponse> {
    if (!this.treeResponseFactory)
      throw new Error('readTree needs a tree response factory');
    const dir = await this.resolve(url);
    const files = await this.walk(dir);
    const kept = [];
    for (const file of files) {
      const stat = await fs.stat(file);
      const rel = path.relative(dir, file).split(path.sep).join('/');
      if (options?.filter && !options.filter(rel, { size: stat.size }))
        continue;
      kept.push({ file, rel, stat });
    }
    const etag = kept.map(k => `${k.rel}:${k.stat.mtimeMs}`).join('|');
    if (options?.etag === etag) throw new NotModifiedError();
    return this.treeResponseFactory.fromReadableArray(
      await Promise.all(
        kept.map(async k => ({
          data: Readable.from(await fs.readFile(k.file)),
          path: k.rel,
          lastModifiedAt: k.stat.mtime,
        })),
      ),
    );
  }

  /** Globs in the path (`*`, `**`, `?`) are matched below the last folder without one. */
  async search(url: string): Promise<UrlReaderServiceSearchResponse> {
    const pathname = this.checkedPath(url);
    const segments = pathname.split('/');
    const firstGlob = segments.findIndex(s => /[*?]/.test(s));
    const candidates: string[] = [];
    if (firstGlob === -1) {
      try {
        candidates.push(await this.resolve(url));
      } catch (e) {
        if (!(e instanceof NotFoundError)) throw e;
      }
    } else {
      const base = segments.slice(0, firstGlob).join('/') || '/';
      const pattern = makeRe(segments.slice(firstGlob).join('/'), {
        dot: true,
      }) as RegExp;
      let baseDir: string;
      try {
        baseDir = await this.resolve(pathToFileURL(base).toString());
      } catch (e) {
        if (e instanceof NotFoundError) return { files: [], etag: '' };
        throw e;
      }
      for (const file of await this.walk(baseDir)) {
        if (
          pattern.test(path.relative(baseDir, file).split(path.sep).join('/'))
        )
          candidates.push(file);
      }
    }
    const files = await Promise.all(
      candidates.map(async file => {
        const stat = await fs.stat(file);
        return {
          url: pathToFileURL(file).toString(),
          content: () => fs.readFile(file),
          lastModifiedAt: stat.mtime,
        };
      }),
    );
    return {
      files,
      etag: files.map(f => `${f.url}:${f.lastModifiedAt.getTime()}`).join('|'),
    };
  }

  /** The decoded path of a `file:` URL, refusing any `..` segment before normalisation. */
  private checkedPath(url: string): string {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new InputError(`Not a URL: ${url}`);
    }
    if (parsed.protocol !== 'file:')
      throw new InputError(`Not a file: URL: ${url}`);
    const rawPath = url.replace(/^file:(\/\/[^/]*)?/, '').split(/[?#]/)[0];
    if (decodeURIComponent(rawPath).split(/[\\/]/).includes('..')) {
      throw new NotAllowedError(`Refusing a path with '..': ${url}`);
    }
    return fileURLToPath(parsed);
  }

  /** The real path behind a URL, which must sit inside one of the roots. */
  private async resolve(url: string): Promise<string> {
    const requested = this.checkedPath(url);
    let real: string;
    try {
      real = await fs.realpath(requested);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new NotFoundError(`No file at ${url}`);
      throw e;
    }
    if (!this.isInside(real)) {
      throw new NotAllowedError(
        `${url} is outside the folders configured in ${LOCAL_FILES_ROOTS_KEY}`,
      );
    }
    return real;
  }

  private isInside(real: string): boolean {
    return this.roots.some(
      root => real === root || real.startsWith(root + path.sep),
    );
  }

  /** Files under a folder; links are followed only when their target stays inside a root. */
  private async walk(dir: string): Promise<string[]> {
    const out: string[] = [];
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const real = await fs.realpath(full).catch(() => undefined);
      if (!real || !this.isInside(real)) continue;
      const stat = await fs.stat(real);
      if (stat.isDirectory()) out.push(...(await this.walk(full)));
      else if (stat.isFile()) out.push(full);
    }
    return out;
  }
}
