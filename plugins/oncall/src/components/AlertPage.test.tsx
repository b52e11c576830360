import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  deploymentsApiRef,
  DeploymentsApi,
} from '@runway/plugin-deployments-react';
import { oncallApiRef } from '../api/OncallApi';
import { alertRouteRef } from '../routes';
import {
  demoSource,
  detail,
  fakeOncallApi,
  pageAlert,
} from '../__testUtils__/testData';
import { AlertRoutePage } from './AlertPage';
import { stubResizeObserver } from '@runway/runway-react/testing';

stubResizeObserver();

const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600_000).toISOString();

function fakeDeployments(): jest.Mocked<
  Pick<DeploymentsApi, 'getDeployHistory' | 'rollback'>
> {
  return {
    getDeployHistory: jest.fn(async (entityRef: string) => ({
      source: demoSource,
      data: {
        entityRef,
        history: [
          {
            id: 1,
            environment: 'prod',
            revision: 'aaaaaaa1',
            imageTag: 'v1.3.0',
            deployedAt: hoursAgo(30),
            kind: 'deploy' as const,
          },
          {
            id: 2,
            environment: 'staging',
            revision: 'bbbbbbb2',
            imageTag: 'v1.4.0',
            deployedAt: hoursAgo(3),
            kind: 'deploy' as const,
          },
          {
            id: 3,
            environment: 'prod',
            revision: 'bbbbbbb2',
            imageTag: 'v1.4.0',
            deployedAt: hoursAgo(1),
            kind: 'deploy' as const,
            deployedBy: 'dana',
          },
        ],
      },
    })),
    rollback: jest.fn(async (_ref: string, _env: string, _id: number) => ({
      app: 'payments-api-prod',
      instance: 'main',
      message: 'Rollback of payments-api-prod to v1.3.0 started',
    })),
  };
}

function render(
  api = fakeOncallApi(),
  allow = false,
  deployments = fakeDeployments(),
) {
  renderInTestApp(<AlertRoutePage />, {
    apis: [
      [oncallApiRef, api],
      [deploymentsApiRef, deployments as unknown as DeploymentsApi],
      mockApis.permission({ authorize: (allow ? 'ALLOW' : 'DENY') as any }),
    ],
    mountPath: '/oncall/alerts/:id',
    initialRouteEntries: ['/oncall/alerts/a1'],
    mountedRoutes: {
      '/oncall/alerts/:id': alertRouteRef,
      '/catalog/:namespace/:kind/:name': entityRouteRef,
    },
  });
  return { api, deployments };
}

describe('AlertPage', () => {
  it('shows the runbook next to the labels, age, burn rates and last prod deploys', async () => {
    const { api, deployments } = render();
    expect(
      await screen.findByRole('heading', { name: 'Burn on payments-api' }),
    ).toBeInTheDocument();
    expect(api.getAlert).toHaveBeenCalledWith('a1');
    expect(screen.getByText('sloth_service=payments-api')).toBeInTheDocument();
    expect(screen.getByTestId('alert-age')).toHaveTextContent(
      'Active for 40 min',
    );
    expect(screen.getByTestId('burn-requests-availability')).toHaveTextContent(
      'requests-availability: 24.5x',
    );
    expect(await screen.findAllByTestId('deploy')).toHaveLength(2);
    expect(screen.getAllByTestId('deploy')[0]).toHaveTextContent(
      'Deploy of v1.4.0',
    );
    expect(deployments.getDeployHistory).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    expect(
      screen.queryByRole('button', { name: 'Roll back' }),
    ).not.toBeInTheDocument();
  });

  it('puts who is on call now and the open incidents next to the alert, and the last 24 h timeline', async () => {
    const { api } = render();
    expect(await screen.findAllByTestId('on-call-person')).toHaveLength(2);
    expect(screen.getAllByTestId('on-call-person')[0]).toHaveTextContent(
      'L1 dana · Payments primary',
    );
    // The escalation policy by its name, not its id (no PagerDuty page to link here).
    expect(screen.getByText(/On call now/)).toHaveTextContent(
      'On call now · Payments escalation',
    );
    expect(screen.queryByText(/PEP1/)).not.toBeInTheDocument();
    expect(api.getIncidents).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    const open = screen.getAllByTestId('open-incident');
    expect(open).toHaveLength(1);
    expect(open[0]).toHaveTextContent(
      '#1202 payments-api: SloErrorBudgetBurnFast',
    );
    expect(open[0]).toHaveTextContent('Acknowledged by dana');
    // Deploys in the last 24 h only: the one 30 h ago falls outside.
    const timeline = await screen.findByTestId('change-timeline');
    await waitFor(() =>
      expect(screen.getByTestId('change-timeline-summary')).toHaveTextContent(
        '1 deploy',
      ),
    );
    expect(timeline).toBeInTheDocument();
  });

  it("links the escalation policy to PagerDuty's page when it has one", async () => {
    const base = fakeOncallApi();
    const answer = await base.getIncidents('component:default/payments-api');
    render(
      fakeOncallApi({
        getIncidents: jest.fn(async () => ({
          ...answer,
          data: {
            ...answer.data,
            onCall: {
              ...answer.data.onCall!,
              escalationPolicy: {
                id: 'PEP1',
                name: 'Payments escalation',
                url: 'https://acme.pagerduty.com/escalation_policies/PEP1',
              },
            },
          },
        })),
      }),
    );
    const link = await screen.findByRole('link', {
      name: 'Payments escalation',
    });
    expect(link).toHaveAttribute(
      'href',
      'https://acme.pagerduty.com/escalation_policies/PEP1',
    );
  });

  it('says there is no PagerDuty data for a service without the annotation', async () => {
    render(
      fakeOncallApi({
        getIncidents: jest.fn(async (entityRef: string) => ({
          source: demoSource,
          data: { entityRef, serviceId: null, incidents: [], onCall: null },
        })),
      }),
    );
    expect(await screen.findByTestId('no-pagerduty')).toHaveTextContent(
      'No PagerDuty data',
    );
  });

  it('renders a runbook without the script it was given', async () => {
    render(
      fakeOncallApi({
        getAlert: jest.fn(async () =>
          detail({
            runbook: {
              status: 'found',
              url: 'u',
              markdown:
                '# Steps\n\n<script>window.pwned = 1</script>\n\nDo this.',
            },
          }),
        ),
      }),
    );
    expect(await screen.findByText('Do this.')).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect((window as any).pwned).toBeUndefined();
  });

  it('shows a clear "no runbook" state with the path it looked for', async () => {
    const missing = {
      status: 'missing' as const,
      lookedFor: 'file:///srv/payments-api/runbooks/SloErrorBudgetBurnFast.md',
      reason: 'No runbook for SloErrorBudgetBurnFast',
    };
    render(
      fakeOncallApi({
        getAlert: jest.fn(async () => detail({ runbook: missing })),
      }),
    );
    expect(await screen.findByText('Warning: No runbook')).toBeInTheDocument();
    expect(screen.getByTestId('runbook-looked-for')).toHaveTextContent(
      missing.lookedFor,
    );
  });

  it('lets an owner roll prod back to the previous deploy after confirming', async () => {
    // usePermission caches decisions per resource across renders: use an entity no other test asked about.
    const owned = { ...pageAlert, entityRef: 'component:default/cart-api' };
    const { deployments } = render(
      fakeOncallApi({
        getAlert: jest.fn(async () => detail({ alert: owned })),
      }),
      true,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Roll back' }),
    );
    expect(deployments.rollback).not.toHaveBeenCalled();
    await userEvent.click(
      screen.getByRole('button', { name: 'Confirm rollback' }),
    );
    await waitFor(() =>
      expect(deployments.rollback).toHaveBeenCalledWith(
        'component:default/cart-api',
        'prod',
        1,
      ),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Rollback of payments-api-prod to v1.3.0 started',
    );
  });

  it('says an alert that resolved is gone', async () => {
    render(
      fakeOncallApi({
        getAlert: jest.fn(async () =>
          Promise.reject(
            new Error('Alert a1 is not firing (it may have resolved)'),
          ),
        ),
      }),
    );
    expect(await screen.findByText(/Alert unavailable/)).toBeInTheDocument();
  });
});
