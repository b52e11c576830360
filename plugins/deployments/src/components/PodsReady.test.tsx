import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  KubernetesApi,
  KubernetesAuthProviders,
  kubernetesApiRef,
  kubernetesAuthProvidersApiRef,
} from '@backstage/plugin-kubernetes-react';
import { screen } from '@testing-library/react';
import { PodsReady } from './PodsReady';
import { entity } from '../__testUtils__/testData';

type Objects = Awaited<ReturnType<KubernetesApi['getObjectsByEntity']>>;

/** A pod as the Kubernetes API lists it, labelled by the chart. */
function pod(name: string, environment: string, ready: boolean) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'checkout-api',
      resourceVersion: '81234',
      labels: {
        'app.kubernetes.io/name': 'checkout-api',
        'app.kubernetes.io/instance': 'checkout-api',
        'runway.dev/environment': environment,
      },
    },
    status: {
      phase: 'Running',
      conditions: [
        { type: 'Initialized', status: 'True' },
        { type: 'Ready', status: ready ? 'True' : 'False' },
        { type: 'ContainersReady', status: ready ? 'True' : 'False' },
      ],
    },
  };
}

function cluster(name: string, pods: object[], errors: object[] = []) {
  return {
    cluster: { name },
    errors,
    podMetrics: [],
    resources: [{ type: 'pods', resources: pods }],
  } as Objects['items'][number];
}

function fakeKubernetesApi(answer: () => Promise<Objects>) {
  const api = {
    getClusters: jest.fn(async () => [
      { name: 'eks-dev', authProvider: 'aws' },
      { name: 'eks-prod', authProvider: 'aws' },
    ]),
    getObjectsByEntity: jest.fn(answer),
  };
  return api;
}

const unusedOAuth = {
  getAccessToken: () => Promise.reject(new Error('not used')),
} as any;

function render(api: ReturnType<typeof fakeKubernetesApi>, envs: string[]) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      {envs.map(env => (
        <PodsReady key={env} environment={env} />
      ))}
    </EntityProvider>,
    {
      apis: [
        [kubernetesApiRef, api as unknown as KubernetesApi],
        [
          kubernetesAuthProvidersApiRef,
          new KubernetesAuthProviders({
            microsoftAuthApi: unusedOAuth,
            googleAuthApi: unusedOAuth,
          }),
        ],
        mockApis.permission(),
      ],
    },
  );
}

describe('PodsReady', () => {
  it("counts each environment's ready pods from one kubernetes-backend answer", async () => {
    const api = fakeKubernetesApi(async () => ({
      items: [
        cluster('eks-dev', [pod('checkout-api-6b7c9-abcde', 'dev', true)]),
        cluster('eks-prod', [
          pod('checkout-api-5d8f7-bcdfg', 'prod', true),
          pod('checkout-api-5d8f7-hjklm', 'prod', true),
          pod('checkout-api-5d8f7-npqrs', 'prod', false),
        ]),
      ],
    }));
    await render(api, ['dev', 'prod']);
    expect(await screen.findByTestId('pods-ready-prod')).toHaveTextContent(
      'pods ready 2/3',
    );
    expect(screen.getByTestId('pods-ready-dev')).toHaveTextContent(
      'pods ready 1/1',
    );
    expect(api.getObjectsByEntity).toHaveBeenCalledTimes(1);
    expect(api.getObjectsByEntity).toHaveBeenCalledWith({
      entity,
      auth: {},
    });
  });

  it('says no data for an environment no cluster lists a pod of', async () => {
    const api = fakeKubernetesApi(async () => ({
      items: [
        cluster('eks-dev', [pod('checkout-api-6b7c9-abcde', 'dev', true)]),
      ],
    }));
    await render(api, ['staging']);
    expect(await screen.findByTestId('pods-ready-staging')).toHaveTextContent(
      'pods: no data',
    );
  });

  it('says no data, not a partial count, when a cluster answered with an error', async () => {
    const api = fakeKubernetesApi(async () => ({
      items: [
        cluster(
          'eks-prod',
          [pod('checkout-api-5d8f7-bcdfg', 'prod', true)],
          [
            {
              errorType: 'UNAUTHORIZED_ERROR',
              statusCode: 401,
              resourcePath: '/api/v1/pods',
            },
          ],
        ),
      ],
    }));
    await render(api, ['prod']);
    expect(await screen.findByTestId('pods-ready-prod')).toHaveTextContent(
      'pods: no data',
    );
  });

  it('says no data with the reason when the backend fails', async () => {
    const api = fakeKubernetesApi(() =>
      Promise.reject(new Error('Request failed with 503 Service Unavailable')),
    );
    await render(api, ['prod']);
    const cell = await screen.findByTestId('pods-ready-prod');
    expect(cell).toHaveTextContent('pods: no data');
    expect(cell).toHaveAttribute(
      'title',
      'Request failed with 503 Service Unavailable',
    );
  });

  it('draws nothing in an app without the Kubernetes plugin', async () => {
    await renderInTestApp(
      <EntityProvider entity={entity}>
        <span data-testid="row">row</span>
        <PodsReady environment="prod" />
      </EntityProvider>,
      { apis: [mockApis.permission()] },
    );
    expect(await screen.findByTestId('row')).toBeInTheDocument();
    expect(screen.queryByTestId('pods-ready-prod')).not.toBeInTheDocument();
  });
});
