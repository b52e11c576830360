import { UrlReaderService } from '@backstage/backend-plugin-api';
import { isError } from '@backstage/errors';
import { StaleCache } from '../StaleCache';
import { entityFileReadOptions } from './readTimeout';

type KeptFile = { text: string; etag: string | null };

/**
 * A file next to an entity (an SLO spec, a runbook) as UTF-8 text, through the UrlReader
 * with the entity-file timeout and `cache`'s freshness. Once stale it is asked again with
 * its ETag: an unchanged file answers 304 (Backstage's readers throw NotModifiedError), which
 * downloads nothing and, on GitHub, does not count against the rate limit. 500 services'
 * specs every 10 minutes would otherwise be 3,000 of GitHub's 5,000 calls an hour.
 *
 * @public
 */
export async function readEntityFileText(
  urlReader: UrlReaderService,
  cache: StaleCache,
  url: string,
): Promise<string> {
  const { value } = await cache.get<KeptFile>(
    `entity-file:${url}`,
    async kept => {
      try {
        const response = await urlReader.readUrl(url, {
          ...entityFileReadOptions(),
          ...(kept?.etag ? { etag: kept.etag } : {}),
        });
        return {
          text: (await response.buffer()).toString('utf8'),
          etag: response.etag ?? null,
        };
      } catch (e) {
        if (kept && isError(e) && e.name === 'NotModifiedError') return kept;
        throw e;
      }
    },
  );
  return value.text;
}
