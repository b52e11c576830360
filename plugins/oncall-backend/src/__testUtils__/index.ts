import { UrlReaderService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError, NotAllowedError } from '@backstage/errors';

/** A catalog component the way the catalog stores it, located in a Git repo. */
export function component(
  name: string,
  owner: string,
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'backstage.io/managed-by-location': `url:https://git.example.com/org/${name}/blob/main/catalog-info.yaml`,
        'runway.dev/runbooks-location': './runbooks',
        ...annotations,
      },
    },
    spec: { type: 'service', owner, lifecycle: 'production' },
  };
}

/**
 * An in-memory UrlReader: serves the given files, NotFound for other URLs under the test's
 * Git host and NotAllowed elsewhere, like the real readers without an integration.
 */
export function fakeUrlReader(files: Record<string, string>) {
  const reader = mockServices.urlReader.mock();
  const check = (url: string) => {
    if (
      !url.startsWith('https://git.example.com/') &&
      !url.startsWith('file:')
    ) {
      throw new NotAllowedError(`Reading from '${url}' is not allowed`);
    }
  };
  reader.readUrl.mockImplementation(async (url: string) => {
    check(url);
    const text = files[url];
    if (text === undefined) throw new NotFoundError(`${url} not found`);
    return {
      buffer: async () => Buffer.from(text),
      stream: undefined as any,
      etag: 'e',
    } as any;
  });
  reader.readTree.mockImplementation(async (url: string) => {
    check(url);
    const prefix = `${url.replace(/\/+$/, '')}/`;
    const entries = Object.entries(files).filter(([u]) => u.startsWith(prefix));
    if (entries.length === 0) throw new NotFoundError(`${url} not found`);
    return {
      files: async () =>
        entries.map(([u, text]) => ({
          path: decodeURIComponent(u.slice(prefix.length)),
          content: async () => Buffer.from(text),
        })),
      archive: async () => {
        throw new Error('not used');
      },
      dir: async () => {
        throw new Error('not used');
      },
      etag: 'e',
    } as any;
  });
  return reader as unknown as UrlReaderService & typeof reader;
}
