import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { annotatedEntities } from './annotatedEntities';

const entity = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Component',
  metadata: { name },
});

describe('annotatedEntities', () => {
  it('filters on the annotation and follows the cursor through every page', async () => {
    const queryEntities = jest
      .fn()
      .mockResolvedValueOnce({
        items: [entity('a'), entity('b')],
        pageInfo: { nextCursor: 'c1' },
      })
      .mockResolvedValueOnce({ items: [entity('c')], pageInfo: {} });
    const auth = {
      getOwnServiceCredentials: async () => ({
        principal: { type: 'service' },
      }),
    };

    const names: string[] = [];
    for await (const e of annotatedEntities({
      catalog: { queryEntities } as any,
      auth: auth as any,
      annotation: 'runway.dev/runbooks-location',
      kind: 'component',
    })) {
      names.push(e.metadata.name);
    }

    expect(names).toEqual(['a', 'b', 'c']);
    expect(queryEntities).toHaveBeenCalledTimes(2);
    expect(queryEntities.mock.calls[0][0]).toEqual({
      filter: {
        'metadata.annotations.runway.dev/runbooks-location':
          CATALOG_FILTER_EXISTS,
        kind: 'component',
      },
      limit: 100,
    });
    expect(queryEntities.mock.calls[1][0]).toEqual({
      cursor: 'c1',
      limit: 100,
    });
  });
});
