import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { sloApiRef, SloApi } from '../api/SloApi';
import { EntitySloCard } from './EntitySloCard';
import {
  demoSource,
  items,
  notConfiguredError,
} from '../__testUtils__/testData';

const entity = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
});

async function render(name: string, api: Partial<SloApi>) {
  await renderInTestApp(
    <EntityProvider entity={entity(name)}>
      <EntitySloCard />
    </EntityProvider>,
    { apis: [[sloApiRef, api as SloApi]] },
  );
}

describe('EntitySloCard', () => {
  it('shows the worst status and the least budget left from one batch call', async () => {
    const getBatch = jest.fn(async () => ({
      source: demoSource,
      data: { items: [items[0]] },
    }));
    await render('checkout-api', { getBatch });
    expect(await screen.findByTestId('card-budget')).toHaveTextContent(
      '-20.0 % budget left (worst of 2 SLOs)',
    );
    expect(getBatch).toHaveBeenCalledWith(['component:default/checkout-api']);
    expect(screen.getByTestId('status-page')).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('says why there is nothing to show', async () => {
    await render('broken-api', {
      getBatch: async () => ({
        source: demoSource,
        data: { items: [items[3]] },
      }),
    });
    expect(
      await screen.findByText(/not a Sloth prometheus\/v1 spec/),
    ).toBeInTheDocument();
  });

  it('says "Not configured" with the keys when the SLO family is off', async () => {
    const error = await notConfiguredError(
      'slo is not configured: live mode needs prometheus.url (or set slo.dataSource: demo)',
    );
    await render('checkout-api', {
      getBatch: async () => Promise.reject(error),
    });
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'slo is not configured: live mode needs prometheus.url (or set slo.dataSource: demo)',
    );
  });
});
