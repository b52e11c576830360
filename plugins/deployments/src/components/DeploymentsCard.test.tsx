import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { deploymentsApiRef } from '@runway/plugin-deployments-react';
import { DeploymentsCard } from './DeploymentsCard';
import { entity, fakeApi, overview } from '../__testUtils__/testData';

const renderCard = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <DeploymentsCard />
    </EntityProvider>,
    { apis: [[deploymentsApiRef, api]] },
  );

describe('DeploymentsCard', () => {
  it('shows prod health and the last deploy from the batch endpoint', async () => {
    const { source, data } = overview();
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source,
        data: {
          items: [
            {
              entityRef: data.entityRef,
              prod: data.environments[2],
              lastDeploy: data.history[1],
              dora: data.dora,
            },
          ],
          dora: data.dora,
          errors: [],
        },
      })),
    });
    await renderCard(api);
    expect(await screen.findByText('Progressing')).toBeInTheDocument();
    expect(screen.getByTestId('last-deploy')).toHaveTextContent(
      'Last deploy: prod v1.4.0 3 h ago by alice',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith([
      'component:default/checkout-api',
    ]);
  });

  it('says why an entity has no data', async () => {
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source: overview().source,
        data: {
          items: [
            {
              entityRef: 'x',
              dora: overview().data.dora,
              error: 'No ArgoCD application matches this entity',
            },
          ],
          dora: overview().data.dora,
          errors: [],
        },
      })),
    });
    await renderCard(api);
    expect(
      await screen.findByText('No ArgoCD application matches this entity'),
    ).toBeInTheDocument();
  });
});
