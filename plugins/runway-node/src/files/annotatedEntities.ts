import { AuthService } from '@backstage/backend-plugin-api';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Every catalog entity carrying `annotation` (optionally of one kind), paged 100 at a time
 * with the plugin's own credentials, so a search collator never makes one huge request.
 *
 * @public
 */
export async function* annotatedEntities(options: {
  catalog: CatalogService;
  auth: AuthService;
  annotation: string;
  kind?: string;
}): AsyncGenerator<Entity> {
  const { catalog, auth, annotation, kind } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const filter: Record<string, string | symbol> = {
    [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
  };
  if (kind) filter.kind = kind;
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor ? { cursor, limit: 100 } : { filter, limit: 100 },
      { credentials },
    );
    yield* page.items;
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
}

/**
 * The catalog fields a family's batch reads of each entity: its ref and its annotations,
 * not its spec and relations, 500 times over.
 *
 * @public
 */
export const ANNOTATED_ENTITY_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.annotations',
];
