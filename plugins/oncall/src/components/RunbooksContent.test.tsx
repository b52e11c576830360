import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { oncallApiRef } from '../api/OncallApi';
import { alertRouteRef } from '../routes';
import {
  fakeOncallApi,
  notConfiguredError,
  pageAlert,
  demoSource,
} from '../__testUtils__/testData';
import { RunbooksContent } from './RunbooksContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'team-payments' },
};

function render(api = fakeOncallApi()) {
  renderInTestApp(
    <EntityProvider entity={entity}>
      <RunbooksContent />
    </EntityProvider>,
    {
      apis: [[oncallApiRef, api]],
      mountedRoutes: {
        '/oncall/alerts/:id': alertRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
  return api;
}

describe('RunbooksContent', () => {
  it('lists every runbook, shows the first, and what fires for this service', async () => {
    const api = fakeOncallApi({
      listAlerts: jest.fn(async () => ({
        source: demoSource,
        data: { alerts: [pageAlert] },
      })),
    });
    render(api);
    // @backstage/ui's List is an ARIA grid of selectable rows.
    const list = await screen.findByRole('grid', { name: 'Runbook list' });
    expect(
      within(list)
        .getAllByRole('row')
        .map(b => b.textContent),
    ).toEqual([
      'Error budget burnSloErrorBudgetBurnFast.md',
      'Latency burnSloLatencyBurnSlow.md',
    ]);
    expect(screen.getByText('Roll back first.')).toBeInTheDocument();
    expect(
      await screen.findByTestId('alert-SloErrorBudgetBurnFast'),
    ).toBeInTheDocument();
    expect(api.listRunbooks).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    expect(api.listAlerts).toHaveBeenCalledWith({
      entityRef: 'component:default/payments-api',
    });
  });

  it('searches runbooks by their text', async () => {
    render();
    await screen.findByRole('grid', { name: 'Runbook list' });
    await userEvent.type(
      screen.getByLabelText('Search runbooks'),
      'slow queries',
    );
    const list = screen.getByRole('grid', { name: 'Runbook list' });
    expect(within(list).getAllByRole('row')).toHaveLength(1);
    expect(screen.getByText('Check slow queries.')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Search runbooks'));
    await userEvent.type(
      screen.getByLabelText('Search runbooks'),
      'nothing like this',
    );
    expect(
      screen.getByText('No runbook matches "nothing like this".'),
    ).toBeInTheDocument();
  });

  it('still shows the runbooks when Prometheus is down', async () => {
    render(
      fakeOncallApi({
        listAlerts: jest.fn(async () =>
          Promise.reject(new Error('Prometheus failed (HTTP 503)')),
        ),
      }),
    );
    expect(await screen.findByText(/Alerts unavailable/)).toBeInTheDocument();
    expect(await screen.findByText('Roll back first.')).toBeInTheDocument();
  });

  it('draws an off family grey as "Not configured" with the keys, the runbooks still listed', async () => {
    const error = await notConfiguredError(
      'oncall is not configured: live mode needs prometheus.url (or set oncall.dataSource: demo)',
    );
    render(
      fakeOncallApi({ listAlerts: jest.fn(async () => Promise.reject(error)) }),
    );
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'oncall is not configured: live mode needs prometheus.url (or set oncall.dataSource: demo)',
    );
  });
});
