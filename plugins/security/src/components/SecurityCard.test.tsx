import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { securityApiRef } from '../api/SecurityApi';
import { SecurityCard } from './SecurityCard';
import { entity, entityResponse, fakeApi, summary } from './testData';

const render = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <SecurityCard />
    </EntityProvider>,
    { apis: [[securityApiRef, api]] },
  );

describe('SecurityCard', () => {
  it('shows open critical/high and a failing gate from the batch endpoint', async () => {
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source: entityResponse().source,
        data: { items: [summary({ open: { critical: 2, high: 3, medium: 0, low: 0, unknown: 0 }, gate: { passed: false, maxCritical: 0, reason: '2 open critical (max 0)' } })] },
      })),
    });
    await render(api);
    expect(await screen.findByTestId('severity-critical')).toHaveTextContent('critical: 2');
    expect(screen.getByTestId('severity-high')).toHaveTextContent('high: 3');
    expect(screen.getByTestId('gate')).toHaveTextContent('Gate: fail');
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith(['component:default/catalog-api']);
  });

  it('says when a service was never scanned', async () => {
    const { lastScannedAt: _, ...never } = summary();
    await render(fakeApi({ getSummaries: jest.fn(async () => ({ source: entityResponse().source, data: { items: [never] } })) }));
    expect(await screen.findByText('Not scanned yet')).toBeInTheDocument();
  });
});
