import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { oncallApiRef } from '../api/OncallApi';
import { alertRouteRef } from '../routes';
import {
  fakeOncallApi,
  pageAlert,
  demoSource,
} from '../__testUtils__/testData';
import { OncallPage } from './OncallPage';

const routes = {
  '/oncall/alerts/:id': alertRouteRef,
  '/catalog/:namespace/:kind/:name': entityRouteRef,
};

function render(
  api = fakeOncallApi(),
  ownership = ['user:default/guest', 'group:default/team-payments'],
) {
  renderInTestApp(<OncallPage />, {
    apis: [
      [oncallApiRef, api],
      mockApis.identity({
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: ownership,
      }),
    ],
    mountedRoutes: routes,
  });
  return api;
}

describe('OncallPage', () => {
  it("lists the signed-in user's teams' alerts in the backend's order, linking each alert", async () => {
    const api = render();
    // @backstage/ui's table is an ARIA grid; the alert name is each row's header.
    const table = await screen.findByRole('grid', { name: 'Alerts' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => within(r).getByRole('rowheader').textContent)).toEqual(
      ['SloErrorBudgetBurnFast', 'SloLatencyBurnSlow'],
    );
    expect(api.listAlerts).toHaveBeenCalledWith({
      owners: ['group:default/team-payments'],
    });
    expect(
      within(rows[0]).getByRole('link', { name: 'SloErrorBudgetBurnFast' }),
    ).toHaveAttribute('href', '/oncall/alerts/a1');
    expect(within(rows[0]).getByText(/^40 min$/)).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('shows every service with the "All services" filter', async () => {
    const api = render();
    await screen.findByRole('grid', { name: 'Alerts' });
    // One choice of two: the toggle buttons are radios.
    await userEvent.click(screen.getByRole('radio', { name: 'All services' }));
    expect(api.listAlerts).toHaveBeenLastCalledWith();
  });

  it("says when nothing fires for the user's teams", async () => {
    render(
      fakeOncallApi({
        listAlerts: jest.fn(async () => ({
          source: demoSource,
          data: { alerts: [] },
        })),
      }),
    );
    expect(await screen.findByText('Nothing firing')).toBeInTheDocument();
    expect(
      screen.getByText('No alert fires for group:default/team-payments.'),
    ).toBeInTheDocument();
  });

  it('draws an upstream error clearly', async () => {
    render(
      fakeOncallApi({
        listAlerts: jest.fn(async () =>
          Promise.reject(new Error('Prometheus failed (HTTP 503)')),
        ),
      }),
    );
    expect(await screen.findByText(/Alerts unavailable/)).toBeInTheDocument();
    expect(
      screen.getByText('Prometheus failed (HTTP 503)'),
    ).toBeInTheDocument();
    expect(screen.queryByText(pageAlert.alertname)).not.toBeInTheDocument();
  });
});
