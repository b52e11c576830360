import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { sloApiRef, SloApi } from '../api/SloApi';
import { SloOverviewPage } from './SloOverviewPage';
import { demoSource, items, staleLive } from '../__testUtils__/testData';

async function render(api: Partial<SloApi>) {
  await renderInTestApp(<SloOverviewPage />, {
    apis: [[sloApiRef, api as SloApi]],
  });
}

describe('SloOverviewPage', () => {
  it('lists every SLO, least budget left first, no-traffic last', async () => {
    await render({
      getAll: async () => ({ source: demoSource, data: { items } }),
    });
    const budgets = (await screen.findAllByTestId('row-budget')).map(
      e => e.textContent,
    );
    expect(budgets).toEqual(['-20.0 %', '55.0 %', '90.0 %', 'no traffic']);
    expect(screen.getByTestId('broken-specs')).toHaveTextContent(
      'component:default/broken-api',
    );
    expect(
      screen.getAllByRole('link', { name: 'checkout-api' })[0],
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api/slos');
  });

  it('warns when the numbers are stale', async () => {
    await render({
      getAll: async () => ({ source: staleLive, data: { items: [items[1]] } }),
    });
    // The alert's title says what is shown, its description why.
    expect(await screen.findByTestId('stale-alert')).toHaveTextContent(
      /showing the last good numbers.*Prometheus failed \(HTTP 503\)/,
    );
  });

  it('draws the backend error', async () => {
    await render({
      getAll: async () => {
        throw new Error('boom from the backend');
      },
    });
    expect(await screen.findByText(/SLOs unavailable/)).toBeInTheDocument();
    expect(screen.getAllByText(/boom from the backend/).length).toBeGreaterThan(
      0,
    );
  });
});
