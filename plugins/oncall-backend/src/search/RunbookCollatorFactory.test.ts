import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { StaleCache } from '@runway/runway-node';
import { component, fakeUrlReader } from '../__testUtils__';
import { RunbookReader } from '../service/RunbookReader';
import { RunbookCollatorFactory } from './RunbookCollatorFactory';

describe('RunbookCollatorFactory', () => {
  it('yields one sanitized document per runbook, linking to the Runbooks tab', async () => {
    const withoutRunbooks = component('docs-site', 'team-a');
    delete withoutRunbooks.metadata.annotations![
      'runway.dev/runbooks-location'
    ];
    const factory = new RunbookCollatorFactory({
      catalog: catalogServiceMock({
        entities: [component('cart-api', 'team-cart'), withoutRunbooks],
      }),
      auth: mockServices.auth(),
      runbooks: new RunbookReader(
        fakeUrlReader({
          'https://git.example.com/org/cart-api/blob/main/runbooks/Down.md':
            '# Cart is down\n<script>x()</script>Restart it.',
        }),
        new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 }),
      ),
    });
    const docs = [];
    for await (const doc of await factory.getCollator()) docs.push(doc);
    expect(docs).toEqual([
      {
        title: 'Cart is down (cart-api)',
        text: '# Cart is down\nRestart it.',
        location: '/catalog/default/component/cart-api/runbooks?runbook=Down',
        entityRef: 'component:default/cart-api',
        owner: 'team-cart',
        alertname: 'Down',
      },
    ]);
  });
});
