import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { costApiRef, CostApi } from '../api/CostApi';
import { TeamCostContent } from './TeamCostContent';
import { teamCost } from '../__testUtils__/testData';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-catalog', namespace: 'default' },
};

describe('TeamCostContent', () => {
  it('ranks the services by spend and by change, with the untagged share and the stale badge', async () => {
    const getTeamCost = jest.fn(async () => teamCost);
    await renderInTestApp(
      <EntityProvider entity={group}>
        <TeamCostContent />
      </EntityProvider>,
      { apis: [[costApiRef, { getTeamCost } as unknown as CostApi]] },
    );
    expect(await screen.findByTestId('team-mtd')).toHaveTextContent(
      '$30,000 month to date (+20.0 %), forecast $42,000',
    );
    expect(getTeamCost).toHaveBeenCalledWith('group:default/team-catalog');
    expect(screen.getByTestId('team-untagged')).toHaveTextContent(
      '$4,200 (6.0 % of the bill)',
    );
    expect(screen.getByText(/1 more component/)).toBeInTheDocument();
    expect(screen.getByTestId('stale-badge')).toBeInTheDocument();
    expect(screen.getByText('Over budget')).toBeInTheDocument();

    const names = (title: string) => {
      const table = screen
        .getByText(title)
        .closest('div[class*="MuiPaper"]') as HTMLElement;
      return within(table)
        .getAllByRole('link')
        .map(a => a.textContent);
    };
    expect(names('Ranked by spend')).toEqual([
      'search-api',
      'catalog-api',
      'reviews-api',
    ]);
    expect(names('Ranked by change')).toEqual([
      'search-api',
      'catalog-api',
      'reviews-api',
    ]);
  });
});
