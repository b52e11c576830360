import { UrlReaderService } from '@backstage/backend-plugin-api';
import { CacheManager } from '@backstage/backend-defaults/cache';
import { ConfigReader } from '@backstage/config';
import { NotModifiedError } from '@backstage/errors';
import { StaleCache } from '../StaleCache';
import { readEntityFileText } from './readEntityFileText';

const URL_ = 'https://github.com/acme/cart-api/blob/main/slo/slo.yaml';

/** A Git host as Backstage's GitHub reader meets it: an ETag per version, 304 when it matches. */
function gitHost(text: string) {
  const file = { text, version: 1 };
  const asked: Array<string | undefined> = [];
  const reader = {
    readUrl: async (_url: string, options?: { etag?: string }) => {
      asked.push(options?.etag);
      const etag = `"v${file.version}"`;
      if (options?.etag === etag) throw new NotModifiedError();
      return { buffer: async () => Buffer.from(file.text), etag };
    },
  } as unknown as UrlReaderService;
  const edit = (next: string) => {
    file.text = next;
    file.version++;
  };
  return { reader, asked, edit };
}

describe('readEntityFileText', () => {
  let now: number;
  let cache: StaleCache;
  beforeEach(() => {
    now = Date.parse('2026-12-01T12:00:00Z');
    cache = new StaleCache(
      CacheManager.fromConfig(new ConfigReader({})).forPlugin('test'),
      { freshForMs: 600_000, now: () => now },
    );
  });

  it('reads once while fresh, then revalidates with the ETag and keeps an unchanged file', async () => {
    const host = gitHost('version: prometheus/v1');
    expect(await readEntityFileText(host.reader, cache, URL_)).toBe(
      'version: prometheus/v1',
    );
    await readEntityFileText(host.reader, cache, URL_);
    expect(host.asked).toEqual([undefined]);
    now += 601_000;
    expect(await readEntityFileText(host.reader, cache, URL_)).toBe(
      'version: prometheus/v1',
    );
    // Asked with the ETag it was given: the host answered 304, nothing was downloaded.
    expect(host.asked).toEqual([undefined, '"v1"']);
  });

  it('takes the new text when the file changed, and its new ETag next time', async () => {
    const host = gitHost('objective: 99.9');
    await readEntityFileText(host.reader, cache, URL_);
    host.edit('objective: 99.5');
    now += 601_000;
    expect(await readEntityFileText(host.reader, cache, URL_)).toBe(
      'objective: 99.5',
    );
    now += 601_000;
    await readEntityFileText(host.reader, cache, URL_);
    expect(host.asked).toEqual([undefined, '"v1"', '"v2"']);
  });

  it('fails as the reader fails when nothing is kept', async () => {
    const reader = {
      readUrl: async () => {
        throw new NotModifiedError();
      },
    } as unknown as UrlReaderService;
    await expect(readEntityFileText(reader, cache, URL_)).rejects.toThrow(
      NotModifiedError,
    );
  });
});
