import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notConfiguredResponseError } from '@runway/runway-react';
import {
  deploymentsApiRef,
  DeploymentsApi,
} from '@runway/plugin-deployments-react';
import { DeploymentsContent } from './DeploymentsContent';
import { entity, fakeApi, overview } from '../__testUtils__/testData';

function render(api: DeploymentsApi, allow = false, e = entity) {
  return renderInTestApp(
    <EntityProvider entity={e}>
      <DeploymentsContent />
    </EntityProvider>,
    {
      apis: [
        [deploymentsApiRef, api],
        // AuthorizeResult's string values; the enum's package is not a dependency of this plugin.
        mockApis.permission({ authorize: (allow ? 'ALLOW' : 'DENY') as any }),
      ],
    },
  );
}

describe('DeploymentsContent', () => {
  it('draws environments side by side, the canary, the CI strip, DORA and the demo badge', async () => {
    const api = fakeApi();
    render(api);
    expect(await screen.findByTestId('environment-dev')).toBeInTheDocument();
    expect(screen.getByTestId('environment-staging')).toBeInTheDocument();
    const prod = screen.getByTestId('environment-prod');
    expect(within(prod).getByText('Progressing')).toBeInTheDocument();
    expect(within(prod).getByText(/v1\.4\.0/)).toBeInTheDocument();
    expect(screen.getByTestId('rollout-prod')).toHaveTextContent(
      'Canary step 2/4 at 25 % traffic',
    );
    expect(screen.getByTestId('stage-test')).toHaveAttribute(
      'data-status',
      'failure',
    );
    expect(screen.getByText(/not deployed yet/)).toBeInTheDocument();
    expect(screen.getByLabelText('Deployment frequency')).toHaveTextContent(
      '0.40 / day',
    );
    expect(screen.getByLabelText('Change failure rate')).toHaveTextContent(
      '8 %',
    );
    expect(screen.getByLabelText('Time to restore')).toHaveTextContent(
      '30 min',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(api.getOverview).toHaveBeenCalledWith(
      'component:default/checkout-api',
    );
    // not an owner: no buttons that change anything
    expect(
      screen.queryByRole('button', { name: 'Sync' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Roll back' }),
    ).not.toBeInTheDocument();
  });

  it('lets an owner sync after confirming, and roll back to an older deploy', async () => {
    // usePermission caches decisions per request across renders (SWR): use another entity
    // than the non-owner test so this one asks the permission API afresh.
    const owned = {
      ...entity,
      metadata: { ...entity.metadata, name: 'cart-api' },
    };
    const api = fakeApi();
    render(api, true, owned);
    const prod = await screen.findByTestId('environment-prod');
    await userEvent.click(
      await within(prod).findByRole('button', { name: 'Sync' }),
    );
    expect(api.sync).not.toHaveBeenCalled();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Confirm' }),
    );
    await waitFor(() =>
      expect(api.sync).toHaveBeenCalledWith(
        'component:default/cart-api',
        'prod',
      ),
    );
    expect(
      await screen.findByText('Sync of checkout-api-prod started'),
    ).toBeInTheDocument();
    // only the older prod deploy (id 1) can be rolled back to; the running one cannot
    const rollbacks = await screen.findAllByRole('button', {
      name: 'Roll back',
    });
    expect(rollbacks).toHaveLength(1);
    await userEvent.click(rollbacks[0]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Confirm' }),
    );
    await waitFor(() =>
      expect(api.rollback).toHaveBeenCalledWith(
        'component:default/cart-api',
        'prod',
        1,
      ),
    );
  });

  it('shows the stale badge and a per-instance warning', async () => {
    const api = fakeApi({
      getOverview: jest.fn(async () =>
        overview(
          {
            errors: [
              {
                upstream: 'ArgoCD eu',
                message: 'ArgoCD eu did not answer within 5000 ms',
              },
            ],
          },
          true,
        ),
      ),
    });
    render(api);
    expect(await screen.findByTestId('stale-badge')).toBeInTheDocument();
    expect(
      screen.getByText('ArgoCD eu did not answer within 5000 ms'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('environment-prod')).toBeInTheDocument();
  });

  it('draws the error state', async () => {
    render(
      fakeApi({
        getOverview: jest.fn(async () =>
          Promise.reject(new Error('ArgoCD main failed (HTTP 503)')),
        ),
      }),
    );
    expect(
      await screen.findByText(/Deployments unavailable/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/ArgoCD main failed \(HTTP 503\)/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('environment-prod')).not.toBeInTheDocument();
  });

  it('draws an off family grey as "Not configured" with the keys to set, not as an error', async () => {
    const message =
      'deployments is not configured: set argocd.instances (or deployments.dataSource: demo)';
    const notConfigured = await notConfiguredResponseError(message);
    render(
      fakeApi({
        getOverview: jest.fn(async () => Promise.reject(notConfigured)),
      }),
    );
    expect(await screen.findByTestId('not-configured')).toHaveTextContent(
      message,
    );
    expect(screen.queryByText(/^Error:/)).not.toBeInTheDocument();
  });

  it('draws the empty state when no application matches', async () => {
    render(
      fakeApi({
        getOverview: jest.fn(async () =>
          overview({ environments: [], history: [], rollouts: [] }),
        ),
      }),
    );
    expect(await screen.findByText('No deployments found')).toBeInTheDocument();
  });

  it('explains the missing annotation without calling the backend', async () => {
    const api = fakeApi();
    render(api, false, {
      ...entity,
      metadata: { name: 'plain', annotations: {} },
    });
    expect(
      await screen.findByText('No ArgoCD application linked'),
    ).toBeInTheDocument();
    expect(api.getOverview).not.toHaveBeenCalled();
  });
});
