import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { KubernetesTabLink } from './KubernetesTabLink';

describe('KubernetesTabLink', () => {
  it("links to the service's Kubernetes tab under the catalog's entity route", async () => {
    await renderInTestApp(
      <KubernetesTabLink entityRef="component:default/payments-api" />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      screen.getByRole('link', { name: 'Pods and workloads on Kubernetes' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/kubernetes',
    );
  });

  it('lower-cases kind and namespace and encodes the name, as entity routes do', async () => {
    await renderInTestApp(
      <KubernetesTabLink entityRef="Component:Payments/search api" />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByTestId('kubernetes-tab-link')).toHaveAttribute(
      'href',
      '/catalog/payments/component/search%20api/kubernetes',
    );
  });
});
