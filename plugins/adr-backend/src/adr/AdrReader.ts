import { LoggerService, UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Adr, ADR_LOCATION_ANNOTATION } from '@runway/plugin-adr-common';
import {
  EntityFolderReader,
  readFolderFiles,
  joinUrl,
  sanitizeMarkdown,
  StaleCache,
} from '@runway/runway-node';
import { parseAdr } from './parseAdr';

// MADR names records NNNN-title.md; README.md, index.md and template.md are not records.
const RECORD = /^\d+[-_][^/]*\.md$/i;

export interface AdrList {
  entityRef: string;
  location?: string;
  adrs: Adr[];
  error?: string;
  fetchedAt: string;
  stale: boolean;
}

/** Reads an entity's ADR folder through UrlReader (GitHub in production, local folders in the demo). */
export class AdrReader extends EntityFolderReader {
  constructor(
    urlReader: UrlReaderService,
    cache: StaleCache,
    logger?: LoggerService,
  ) {
    super(urlReader, cache, logger, {
      family: 'adr',
      annotation: ADR_LOCATION_ANNOTATION,
    });
  }

  async list(entity: Entity): Promise<AdrList> {
    const entityRef = stringifyEntityRef(entity);
    const now = new Date().toISOString();
    const folder = this.folderOf(entity);
    if (!folder) {
      return {
        entityRef,
        adrs: [],
        error: `${entityRef} has no ${ADR_LOCATION_ANNOTATION} annotation`,
        fetchedAt: now,
        stale: false,
      };
    }
    try {
      const cached = await this.cache.get(`adrs:${folder}`, () =>
        readFolderFiles(this.urlReader, folder, path => RECORD.test(path)),
      );
      if (cached.stale) this.warn(folder, cached.error, cached.fetchedAt);
      const adrs = cached.value
        .map(({ path, text }): Adr => {
          const { body, ...parsed } = parseAdr(path, text);
          return {
            ...parsed,
            file: path,
            url: joinUrl(folder, path),
            markdown: sanitizeMarkdown(body),
          };
        })
        .sort(
          (a, b) =>
            (a.number ?? Infinity) - (b.number ?? Infinity) ||
            a.file.localeCompare(b.file),
        );
      return {
        entityRef,
        location: folder,
        adrs,
        fetchedAt: cached.fetchedAt,
        stale: cached.stale,
        error: cached.error,
      };
    } catch (e) {
      const reason = this.folderFailure(folder, e);
      return {
        entityRef,
        location: folder,
        adrs: [],
        error: `Cannot read the ADRs in ${folder}: ${reason}`,
        fetchedAt: now,
        stale: false,
      };
    }
  }
}
