import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { securityApiRef } from '../api/SecurityApi';
import { SecurityOverviewPage } from './SecurityOverviewPage';
import { entityResponse, fakeApi, summary } from '../__testUtils__/testData';

/** An API whose overview lists these services. */
const overviewApi = (items: ReturnType<typeof summary>[]) =>
  fakeApi({
    getOverview: jest.fn(async () => ({
      source: entityResponse().source,
      data: { items },
    })),
  });

describe('SecurityOverviewPage', () => {
  it('lists services riskiest first with links to their Security tab', async () => {
    const api = overviewApi([
      summary({
        entityRef: 'component:default/search-api',
        riskScore: 24,
      }),
      summary({
        entityRef: 'component:default/catalog-api',
        riskScore: 140,
        open: { critical: 1, high: 2, medium: 0, low: 0, unknown: 0 },
        gate: { state: 'failed', passed: false, maxCritical: 0 },
      }),
    ]);
    await renderInTestApp(<SecurityOverviewPage />, {
      apis: [[securityApiRef, api]],
    });
    const link = await screen.findByText('catalog-api');
    expect(link.closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/catalog-api/security',
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]).getByText('catalog-api')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('gate')).toHaveTextContent('Gate: fail');
    expect(within(rows[1]).getByText('search-api')).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('draws never-scanned and failed-without-success services grey, with no gate', async () => {
    const unknown = {
      state: 'unknown' as const,
      passed: false,
      maxCritical: 0,
    };
    const api = overviewApi([
      summary({
        entityRef: 'component:default/new-api',
        riskScore: 0,
        gate: unknown,
        scan: { state: 'never' },
        lastScannedAt: undefined,
      }),
      summary({
        entityRef: 'component:default/old-api',
        riskScore: 0,
        gate: unknown,
        scan: {
          state: 'failed',
          at: '2026-11-20T10:00:00.000Z',
          error: 'timed out',
        },
        lastScannedAt: undefined,
      }),
    ]);
    await renderInTestApp(<SecurityOverviewPage />, {
      apis: [[securityApiRef, api]],
    });
    await screen.findByText('new-api');
    const rows = screen.getAllByRole('row').slice(1);
    const row = (name: string) => rows.find(r => within(r).queryByText(name))!;
    expect(within(row('new-api')).getByTestId('scan-state')).toHaveTextContent(
      'No scan',
    );
    expect(within(row('old-api')).getByTestId('scan-state')).toHaveTextContent(
      'Scan failed at 2026-11-20 10:00 UTC',
    );
    expect(screen.queryByTestId('gate')).not.toBeInTheDocument();
  });

  it('shows an empty state and errors', async () => {
    await renderInTestApp(<SecurityOverviewPage />, {
      apis: [
        [
          securityApiRef,
          fakeApi({
            getOverview: jest.fn(async () => ({
              source: entityResponse().source,
              data: { items: [] },
            })),
          }),
        ],
      ],
    });
    expect(
      await screen.findByText('No service has been scanned yet.'),
    ).toBeInTheDocument();
  });
});
