import { screen, within } from '@testing-library/react';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  deploymentsApiRef,
  DeploymentsApi,
} from '@runway/plugin-deployments-react';
import { sloApiRef, SloApi } from '../api/SloApi';
import { EntitySlosContent } from './EntitySlosContent';
import {
  demoSource,
  notConfiguredError,
  paging,
  slo,
  staleLive,
} from '../__testUtils__/testData';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-api', namespace: 'default' },
};
const history = {
  source: demoSource,
  data: {
    entityRef: 'component:default/checkout-api',
    history: [
      {
        id: 7,
        environment: 'prod',
        revision: 'abc1234def',
        deployedAt: '2026-03-09T14:00:00.000Z',
        kind: 'deploy' as const,
        rolledBackAt: '2026-03-09T14:35:00.000Z',
      },
      {
        id: 8,
        environment: 'prod',
        revision: '9f8e7d6c',
        deployedAt: '2026-03-09T14:35:00.000Z',
        kind: 'rollback' as const,
      },
      {
        id: 3,
        environment: 'staging',
        revision: 'abc1234def',
        deployedAt: '2026-03-09T12:00:00.000Z',
        kind: 'deploy' as const,
      },
    ],
  },
};

// The on-call backend answers the story's incident; the flags backend is not served (404).
const fetchApi = {
  fetch: async (url: string) =>
    url.includes('/oncall/incidents')
      ? Response.json({
          data: {
            serviceId: 'PCHKOUT',
            incidents: [
              {
                number: 1201,
                title: 'burn',
                triggeredAt: '2026-03-09T14:10:00.000Z',
                resolvedAt: '2026-03-09T14:38:00.000Z',
              },
            ],
          },
        })
      : new Response(null, { status: 404 }),
};

async function render(
  slos: Partial<SloApi>,
  deployments: Partial<DeploymentsApi> = {
    getDeployHistory: async () => history,
  },
) {
  await renderInTestApp(
    <EntityProvider entity={entity}>
      <EntitySlosContent />
    </EntityProvider>,
    {
      apis: [
        [sloApiRef, slos as SloApi],
        [deploymentsApiRef, deployments as DeploymentsApi],
        [fetchApiRef, fetchApi as any],
        [discoveryApiRef, mockApis.discovery()],
      ],
    },
  );
}

describe('EntitySlosContent', () => {
  it('draws one panel per SLO with objective, SLI, budget, burn rates and status', async () => {
    const getEntitySlos = jest.fn(async () => ({
      source: demoSource,
      data: {
        entityRef: 'component:default/checkout-api',
        slos: [slo(), paging],
      },
    }));
    await render({ getEntitySlos });
    const availability = await screen.findByTestId('slo-requests-availability');
    expect(getEntitySlos).toHaveBeenCalledWith(
      'component:default/checkout-api',
    );
    expect(within(availability).getByTestId('objective')).toHaveTextContent(
      '99.9 %',
    );
    expect(within(availability).getByTestId('sli')).toHaveTextContent(
      '99.955 %',
    );
    expect(within(availability).getByTestId('budget-left')).toHaveTextContent(
      '55.0 % of 0.10 % allowed errors',
    );
    const latency = screen.getByTestId('slo-requests-latency');
    expect(within(latency).getByTestId('burn-1h')).toHaveTextContent('16.7x');
    expect(within(latency).getByTestId('burn-1h')).toHaveTextContent(
      'page ≥ 14.4x (1h+5m)',
    );
    expect(within(latency).getByTestId('firing-alert')).toHaveTextContent(
      'Firing: SloErrorBudgetBurnFast (page)',
    );
    expect(screen.getByTestId('status-page')).toBeInTheDocument();
    expect(screen.getByTestId('status-ok')).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('puts the prod deploys from the deployments plugin on the burn-down', async () => {
    await render({
      getEntitySlos: async () => ({
        source: demoSource,
        data: { entityRef: 'component:default/checkout-api', slos: [slo()] },
      }),
    });
    const chart = await screen.findByTestId('burn-down');
    // two prod deploys (the failed canary and its rollback); the staging one is left out
    expect(chart).toHaveAttribute('data-markers', '2');
    // the same deploys on the change timeline, with the incident shaded and flags missing
    expect(
      await screen.findByTestId('change-timeline-summary'),
    ).toHaveTextContent('1 deploy · 1 rollback · 0 flag changes · 1 incident');
    expect(screen.getByTestId('change-timeline-gap-flags')).toHaveTextContent(
      'No flag data',
    );
  });

  it('still draws the SLOs when the deployments API fails', async () => {
    await render(
      {
        getEntitySlos: async () => ({
          source: demoSource,
          data: { entityRef: 'component:default/checkout-api', slos: [slo()] },
        }),
      },
      {
        getDeployHistory: async () => {
          throw new Error('ArgoCD is unreachable');
        },
      },
    );
    expect(await screen.findByTestId('markers-unavailable')).toHaveTextContent(
      'Deploy markers unavailable: ArgoCD is unreachable',
    );
    expect(screen.getByTestId('burn-down')).toHaveAttribute(
      'data-markers',
      '0',
    );
  });

  it('shows why one SLO has no numbers', async () => {
    await render({
      getEntitySlos: async () => ({
        source: demoSource,
        data: {
          entityRef: 'component:default/checkout-api',
          slos: [
            slo({
              status: 'no-data',
              sli: null,
              error: 'Prometheus rejected the query (bad_data): parse error',
            }),
          ],
        },
      }),
    });
    expect(await screen.findByTestId('slo-error')).toHaveTextContent(
      'Prometheus rejected the query (bad_data): parse error',
    );
    expect(screen.getByTestId('status-no-data')).toBeInTheDocument();
  });

  it('explains a broken spec', async () => {
    await render({
      getEntitySlos: async () => ({
        source: demoSource,
        data: {
          entityRef: 'component:default/checkout-api',
          slos: [],
          error: 'SLO spec is not valid YAML: bad indentation',
        },
      }),
    });
    expect(
      await screen.findByText(/SLO spec is not valid YAML: bad indentation/),
    ).toBeInTheDocument();
  });

  it('flags stale numbers', async () => {
    await render({
      getEntitySlos: async () => ({
        source: staleLive,
        data: {
          entityRef: 'component:default/checkout-api',
          slos: [slo({ via: 'sloth-recording-rules' })],
        },
      }),
    });
    expect(await screen.findByTestId('stale-badge')).toBeInTheDocument();
    expect(
      screen.getByText("Read from Sloth's recording rules"),
    ).toBeInTheDocument();
  });

  it('shows the error when the backend fails', async () => {
    await render({
      getEntitySlos: async () => {
        throw new Error('Prometheus failed (HTTP 503)');
      },
    });
    expect(await screen.findByText(/SLOs unavailable/)).toBeInTheDocument();
    expect(
      screen.getAllByText(/Prometheus failed \(HTTP 503\)/).length,
    ).toBeGreaterThan(0);
  });

  it('draws an off family grey as "Not configured" with the keys', async () => {
    const error = await notConfiguredError(
      'slo is not configured: live mode needs prometheus.url (or set slo.dataSource: demo)',
    );
    await render({ getEntitySlos: async () => Promise.reject(error) });
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'slo is not configured: live mode needs prometheus.url (or set slo.dataSource: demo)',
    );
  });
});
