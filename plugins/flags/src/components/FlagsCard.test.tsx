import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { flagsApiRef } from '../api/FlagsApi';
import { entity, fakeApi, source } from '../__testUtils__/testData';
import { FlagsCard } from './FlagsCard';
import { TeamFlagsContent } from './TeamFlagsContent';

describe('FlagsCard', () => {
  it('counts flags and stale flags', async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <FlagsCard />
      </EntityProvider>,
      { apis: [[flagsApiRef, fakeApi()]] },
    );
    expect(await screen.findByTestId('card-total')).toHaveTextContent('Flags2');
    expect(screen.getByTestId('card-stale')).toHaveTextContent('Stale flags1');
    expect(screen.getByTestId('card-last')).toHaveTextContent(
      '2026-11-30 13:00 UTC',
    );
  });

  it('is grey with the reason when Unleash failed and nothing was cached', async () => {
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source,
        data: {
          items: [
            {
              entityRef: 'component:default/checkout-api',
              project: 'checkout-api',
              total: null,
              stale: null,
              lastChangedAt: null,
              state: {
                state: 'failed' as const,
                error: 'Unleash did not answer within 5000 ms',
              },
            },
          ],
        },
      })),
    });
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <FlagsCard />
      </EntityProvider>,
      { apis: [[flagsApiRef, api]] },
    );
    expect(await screen.findByTestId('card-unknown')).toHaveTextContent(
      'Unleash failed: Unleash did not answer within 5000 ms',
    );
    expect(screen.queryByTestId('card-stale')).toBeNull();
  });
});

describe('TeamFlagsContent', () => {
  it('lists the most stale services first and the unknown ones as no data', async () => {
    const team = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-checkout', namespace: 'default' },
      spec: {},
    };
    const api = fakeApi();
    await renderInTestApp(
      <EntityProvider entity={team}>
        <TeamFlagsContent />
      </EntityProvider>,
      { apis: [[flagsApiRef, api]] },
    );
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows[0]).toHaveTextContent('checkout-api');
    expect(rows[1]).toHaveTextContent('cart-api');
    expect(rows[1]).toHaveTextContent('no data');
    expect(api.getTeam).toHaveBeenCalledWith('group:default/team-checkout');
  });
});
