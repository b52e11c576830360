import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  KubernetesApi,
  KubernetesAuthProviders,
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { kubernetesContentWithBadge } from './kubernetesModule';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-api',
    annotations: {
      'backstage.io/kubernetes-id': 'checkout-api',
      'backstage.io/kubernetes-label-selector':
        'app.kubernetes.io/name=checkout-api',
    },
  },
  spec: { type: 'service', owner: 'team-checkout', lifecycle: 'production' },
};

const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: 'checkout-api-7d9f8b6c5-abcde',
    namespace: 'checkout-api',
    resourceVersion: '4711',
    labels: { 'app.kubernetes.io/name': 'checkout-api' },
    creationTimestamp: '2026-12-01T10:00:00Z',
  },
  status: { phase: 'Running', containerStatuses: [] },
};

/** A KubernetesApi answering one cluster with one pod, as kubernetes-backend would. */
function fakeKubernetesApi(calls: string[]): Partial<KubernetesApi> {
  return {
    getClusters: async () => [{ name: 'prod', authProvider: 'aws' }],
    getObjectsByEntity: async request => {
      calls.push(request.entity.metadata.name);
      return {
        items: [
          {
            cluster: { name: 'prod' },
            errors: [],
            podMetrics: [],
            resources: [{ type: 'pods', resources: [pod as any] }],
          },
        ],
      };
    },
  };
}

const unusedOAuth = {
  getAccessToken: () => Promise.reject(new Error('not used')),
};

function kubernetesContent() {
  return createExtensionTester(kubernetesContentWithBadge);
}

type TabConfig = {
  runway: { dataSource: string };
  kubernetes?: { dataSource: string };
};

async function renderTab(config: TabConfig) {
  const calls: string[] = [];
  await renderInTestApp(
    <EntityProvider entity={entity}>
      {kubernetesContent().reactElement()}
    </EntityProvider>,
    {
      config,
      apis: [
        [kubernetesApiRef, fakeKubernetesApi(calls) as KubernetesApi],
        [
          kubernetesAuthProvidersApiRef,
          new KubernetesAuthProviders({
            // only the aws (server-side) provider is asked: no browser sign-in
            microsoftAuthApi: unusedOAuth,
            googleAuthApi: unusedOAuth,
          }),
        ],
        mockApis.permission(),
      ],
    },
  );
  return calls;
}

// the first render loads the plugin's lazy content chunk
jest.setTimeout(30_000);

describe('kubernetesModule', () => {
  it("keeps the plugin's tab path and shows its clusters under the Demo data badge", async () => {
    expect(kubernetesContent().get(coreExtensionData.routePath)).toBe(
      '/kubernetes',
    );
    const calls = await renderTab({ runway: { dataSource: 'demo' } });
    expect(
      await screen.findByText('Your Clusters', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('prod')).toBeInTheDocument();
    expect(await screen.findByTestId('demo-badge')).toHaveTextContent(
      'Demo data',
    );
    expect(calls).toEqual(['checkout-api']);
  });

  it('shows no badge when the data source is live', async () => {
    await renderTab({ runway: { dataSource: 'live' } });
    expect(
      await screen.findByText('prod', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('demo-badge')).not.toBeInTheDocument();
  });

  it('follows kubernetes.dataSource over runway.dataSource, as the backend module does', async () => {
    await renderTab({
      runway: { dataSource: 'demo' },
      kubernetes: { dataSource: 'live' },
    });
    expect(
      await screen.findByText('prod', {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('demo-badge')).not.toBeInTheDocument();
  });
});
