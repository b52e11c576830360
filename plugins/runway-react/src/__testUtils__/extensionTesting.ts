// What every family's plugin.test.tsx checks of its extensions, written once. Families still
// render their own tabs and cards (that needs the catalog's EntityProvider, which this
// package does not depend on).
import {
  AnyApiFactory,
  ApiBlueprint,
  ApiRef,
  discoveryApiRef,
  ExtensionDefinition,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';

/** The part of a catalog Entity these helpers use (this package has no catalog-model). */
type TestEntity = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace: string };
  spec?: { type: string; owner: string };
};

/** A service and a team, as the catalog serves them, for entity filters and tabs. */
export const testEntities: Record<'component' | 'group', TestEntity> = {
  component: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-api', namespace: 'default' },
    spec: { type: 'service', owner: 'team-checkout' },
  },
  group: {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-checkout', namespace: 'default' },
  },
};

/** The ids that name none of the plugin's extensions: `[]` when all are there. */
export function missingExtensions(
  plugin: { getExtension(id: any): unknown },
  ids: string[],
): string[] {
  return ids.filter(id => {
    try {
      plugin.getExtension(id);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * Builds a family's client from its ApiBlueprint extension the way the app does, after
 * checking the extension provides `apiRef` from discovery and fetch. The client reads
 * `http://backend.test/api/<pluginId>` and every request answers `body`; `fetch` records
 * the calls.
 */
export function clientFromApiExtension<TApi>(
  extension: ExtensionDefinition<any>,
  apiRef: ApiRef<TApi>,
  body: unknown,
) {
  const factory = createExtensionTester(extension).get(
    ApiBlueprint.dataRefs.factory,
  ) as AnyApiFactory;
  expect(factory.api).toBe(apiRef);
  expect(factory.deps).toEqual({
    discoveryApi: discoveryApiRef,
    fetchApi: fetchApiRef,
  });
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    Response.json(body),
  );
  const client = factory.factory({
    discoveryApi: {
      getBaseUrl: async (id: string) => `http://backend.test/api/${id}`,
    },
    fetchApi: { fetch },
  }) as TApi;
  return { client, fetch };
}

/** The kinds of testEntities an entity filter function (of a tab or a card) accepts. */
export function kindsAccepted(
  filter: (entity: TestEntity) => boolean,
): string[] {
  return Object.values(testEntities)
    .filter(entity => filter(entity))
    .map(entity => entity.kind);
}
