import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { Adr, ADR_LOCATION_ANNOTATION } from '@runway/plugin-adr-common';
import { entityFileReadOptions, StaleCache } from '@runway/runway-node';
import {
  joinUrl,
  resolveEntityPath,
  sanitizeMarkdown,
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
export class AdrReader {
  constructor(
    private readonly urlReader: UrlReaderService,
    private readonly cache: StaleCache,
  ) {}

  folderOf(entity: Entity): string | undefined {
    const ref = entity.metadata.annotations?.[ADR_LOCATION_ANNOTATION];
    return ref ? resolveEntityPath(entity, ref) : undefined;
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
      const cached = await this.cache.get(`adrs:${folder}`, async () => {
        const tree = await this.urlReader.readTree(
          folder,
          entityFileReadOptions(),
        );
        const out: Array<{ path: string; text: string }> = [];
        for (const file of await tree.files()) {
          if (RECORD.test(file.path))
            out.push({
              path: file.path,
              text: (await file.content()).toString('utf8'),
            });
        }
        return out;
      });
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
      const reason =
        e instanceof NotFoundError
          ? 'the folder does not exist'
          : (e as Error).message;
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
