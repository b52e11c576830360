import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { costApiRef, CostApi } from '../api/CostApi';
import { EntityCostCard } from './EntityCostCard';
import {
  demoSource,
  notConfiguredError,
  teamCost,
} from '../__testUtils__/testData';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'catalog-api', namespace: 'default' },
};

async function render(api: Partial<CostApi>) {
  await renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityCostCard />
    </EntityProvider>,
    { apis: [[costApiRef, api as CostApi]] },
  );
}

describe('EntityCostCard', () => {
  it('shows month to date, change and cost per 1,000 requests from one batch call', async () => {
    const getBatch = jest.fn(async () => ({
      source: demoSource,
      data: {
        items: [
          {
            entityRef: 'component:default/catalog-api',
            status: 'ok' as const,
            summary: teamCost.data.services[1],
          },
        ],
      },
    }));
    await render({ getBatch });
    expect(await screen.findByTestId('card-mtd')).toHaveTextContent('$9,000');
    expect(getBatch).toHaveBeenCalledWith(['component:default/catalog-api']);
    expect(screen.getByTestId('card-change')).toHaveTextContent(
      '−25.0 % against last month',
    );
    expect(screen.getByTestId('card-per-1k')).toHaveTextContent(
      '$1.00 per 1,000 requests',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('says when the viewer may not see the cost', async () => {
    await render({
      getBatch: async () => ({
        source: demoSource,
        data: {
          items: [
            {
              entityRef: 'component:default/catalog-api',
              status: 'forbidden' as const,
            },
          ],
        },
      }),
    });
    expect(
      await screen.findByText(/visible to the owning team and to leadership/),
    ).toBeInTheDocument();
  });

  it('says "Not configured" with the keys when the cost family is off', async () => {
    const error = await notConfiguredError(
      'cost is not configured: live mode needs cost.aws.accountId (or set cost.dataSource: demo)',
    );
    await render({ getBatch: async () => Promise.reject(error) });
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'cost is not configured: live mode needs cost.aws.accountId (or set cost.dataSource: demo)',
    );
  });
});
