import fs from 'fs';
import os from 'os';
import path from 'path';
import { pathToFileURL } from 'url';
import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { LocalFolderUrlReader } from './LocalFolderUrlReader';

describe('LocalFolderUrlReader', () => {
  let tmp: string;
  let root: string;
  let reader: LocalFolderUrlReader;
  const url = (p: string) => pathToFileURL(p).toString();

  beforeAll(() => {
    tmp = fs.realpathSync(
      fs.mkdtempSync(path.join(os.tmpdir(), 'runway-local-')),
    );
    root = path.join(tmp, 'examples');
    fs.mkdirSync(path.join(root, 'svc/slo'), { recursive: true });
    fs.mkdirSync(path.join(root, 'svc/runbooks'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'svc/slo/slo.yaml'),
      'version: prometheus/v1\n',
    );
    fs.writeFileSync(
      path.join(root, 'svc/runbooks/HighErrorRate.md'),
      '# High error rate\n',
    );
    fs.writeFileSync(path.join(root, 'svc/runbooks/notes.txt'), 'x');
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'do not read');
    fs.symlinkSync(
      path.join(tmp, 'secret.txt'),
      path.join(root, 'svc/escape.txt'),
    );
    fs.symlinkSync(
      path.join(root, 'svc/slo/slo.yaml'),
      path.join(root, 'svc/alias.yaml'),
    );
    reader = new LocalFolderUrlReader([root]);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads a file inside a root, with an etag', async () => {
    const res = await reader.readUrl(url(path.join(root, 'svc/slo/slo.yaml')));
    expect((await res.buffer()).toString()).toBe('version: prometheus/v1\n');
    await expect(
      reader.readUrl(url(path.join(root, 'svc/slo/slo.yaml')), {
        etag: res.etag,
      }),
    ).rejects.toThrow(expect.objectContaining({ name: 'NotModifiedError' }));
  });

  it('follows a symlink that stays inside the root', async () => {
    const res = await reader.readUrl(url(path.join(root, 'svc/alias.yaml')));
    expect((await res.buffer()).toString()).toContain('prometheus/v1');
  });

  it('refuses a symlink that escapes the root', async () => {
    await expect(
      reader.readUrl(url(path.join(root, 'svc/escape.txt'))),
    ).rejects.toThrow(
      /outside the folders configured in runway.localFiles.allowedRoots/,
    );
  });

  it('refuses paths outside every root', async () => {
    await expect(
      reader.readUrl(url(path.join(tmp, 'secret.txt'))),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });

  it.each([
    (r: string) => `file://${r}/svc/../../secret.txt`,
    (r: string) => `file://${r}/svc/%2e%2e/%2e%2e/secret.txt`,
  ])('refuses .. segments (%#)', async make => {
    await expect(reader.readUrl(make(root))).rejects.toThrow(
      "Refusing a path with '..'",
    );
  });

  it('says when a file is missing', async () => {
    await expect(
      reader.readUrl(url(path.join(root, 'svc/nope.yaml'))),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('searches with globs and skips escaping links', async () => {
    const res = await reader.search(`${url(path.join(root, 'svc'))}/**/*.md`);
    expect(res.files.map(f => path.basename(new URL(f.url).pathname))).toEqual([
      'HighErrorRate.md',
    ]);
    expect((await res.files[0].content()).toString()).toBe(
      '# High error rate\n',
    );
    const all = await reader.search(`${url(path.join(root, 'svc'))}/*`);
    expect(
      all.files.map(f => path.basename(new URL(f.url).pathname)).sort(),
    ).toEqual(['alias.yaml']);
  });

  it('reads a folder as a tree through coreServices-style UrlReaders', async () => {
    const config = new ConfigReader({
      runway: { localFiles: { allowedRoots: [root] } },
    });
    const readers = UrlReaders.default({
      config,
      logger: mockServices.logger.mock(),
      factories: [LocalFolderUrlReader.factory],
    });
    const tree = await readers.readTree(url(path.join(root, 'svc/runbooks')), {
      filter: p => p.endsWith('.md'),
    });
    const files = await tree.files();
    expect(files.map(f => f.path)).toEqual(['HighErrorRate.md']);
    expect((await files[0].content()).toString()).toBe('# High error rate\n');
    const read = await readers.readUrl(
      url(path.join(root, 'svc/slo/slo.yaml')),
    );
    expect((await read.buffer()).toString()).toContain('prometheus/v1');
  });

  it('registers nothing when no root is configured', () => {
    expect(
      LocalFolderUrlReader.factory({
        config: new ConfigReader({}),
        logger: mockServices.logger.mock(),
        treeResponseFactory: {} as any,
      }),
    ).toEqual([]);
  });
});
