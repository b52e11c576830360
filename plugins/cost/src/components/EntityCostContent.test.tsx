import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { NotAllowedError } from '@backstage/errors';
import { costApiRef, CostApi } from '../api/CostApi';
import { EntityCostContent } from './EntityCostContent';
import { entityCost, notConfiguredError } from '../__testUtils__/testData';
import { costPer1kTrend } from './trend';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'search-api', namespace: 'default' },
};

function render(api: Partial<CostApi>) {
  return renderInTestApp(
    <EntityProvider entity={entity}>
      <EntityCostContent />
    </EntityProvider>,
    { apis: [[costApiRef, api as CostApi]] },
  );
}

// ResponseError carries the HTTP status; the panel reads `statusCode`.
const httpError = (statusCode: number, message: string) =>
  Object.assign(new Error(message), { statusCode });

describe('EntityCostContent', () => {
  it('draws spend, forecast, breakdown, budget and cost per 1,000 requests with the demo badge', async () => {
    const getEntityCost = jest.fn(async () => entityCost);
    await render({ getEntityCost });
    expect(await screen.findByTestId('cost-mtd')).toHaveTextContent('$23,457');
    expect(getEntityCost).toHaveBeenCalledWith('component:default/search-api');
    expect(screen.getByTestId('cost-change')).toHaveTextContent('+17.3 %');
    expect(screen.getByTestId('cost-forecast')).toHaveTextContent('$35,000');
    expect(screen.getByTestId('cost-per-1k')).toHaveTextContent('$2.50');
    expect(
      screen.getByText('Amazon Relational Database Service'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('budget-breached')).toHaveTextContent(
      'Forecast to exceed the budget this month',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    // 2.00 -> 2.50 per 1k week over week.
    expect(screen.getByText(/week over week: \+25.0 %/)).toBeInTheDocument();
  });

  it('explains a 403 instead of showing an error', async () => {
    await render({
      getEntityCost: async () => Promise.reject(httpError(403, 'denied')),
    });
    expect(
      await screen.findByText('No access to this cost'),
    ).toBeInTheDocument();
  });

  it('says when the entity has no cost data', async () => {
    await render({
      getEntityCost: async () =>
        Promise.reject(
          httpError(
            404,
            'component:default/search-api has no aws.amazon.com/cost-insights-tags annotation',
          ),
        ),
    });
    expect(await screen.findByText('No cost data')).toBeInTheDocument();
    expect(
      screen.getByText(/has no aws.amazon.com\/cost-insights-tags annotation/),
    ).toBeInTheDocument();
  });

  it('shows other failures as an error panel', async () => {
    await render({
      getEntityCost: async () => Promise.reject(new NotAllowedError('boom')),
    });
    expect((await screen.findAllByText(/boom/)).length).toBeGreaterThan(0);
  });

  it('draws an off family grey as "Not configured" with the keys, not as "not available yet"', async () => {
    const error = await notConfiguredError(
      'cost is not configured: live mode needs cost.aws.accountId (or set cost.dataSource: demo)',
    );
    await render({ getEntityCost: async () => Promise.reject(error) });
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'cost is not configured: live mode needs cost.aws.accountId (or set cost.dataSource: demo)',
    );
    expect(
      screen.queryByText('Cost data is not available yet'),
    ).not.toBeInTheDocument();
  });
});

describe('costPer1kTrend', () => {
  it('compares the last 7 counted days with the 7 before', () => {
    expect(costPer1kTrend(entityCost.data.daily)).toBeCloseTo(0.25, 9);
    expect(costPer1kTrend(entityCost.data.daily.slice(0, 10))).toBeNull();
  });
});
