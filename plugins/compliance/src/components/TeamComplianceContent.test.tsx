import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { complianceApiRef, ComplianceApi } from '../api/ComplianceApi';
import { TeamComplianceContent } from './TeamComplianceContent';
import { teamResponse } from '../__testUtils__/testData';

const group = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-catalog', namespace: 'default' },
};

describe('TeamComplianceContent', () => {
  it('shows the team score, its services and an unmeasured service in grey', async () => {
    const getTeam = jest.fn(async () => teamResponse);
    await renderInTestApp(
      <EntityProvider entity={group}>
        <TeamComplianceContent />
      </EntityProvider>,
      { apis: [[complianceApiRef, { getTeam } as unknown as ComplianceApi]] },
    );
    expect(await screen.findByTestId('team-score')).toHaveTextContent(
      '95 % (19/20 controls)',
    );
    expect(getTeam).toHaveBeenCalledWith('group:default/team-catalog');
    expect(screen.getByText(/1 more component/)).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();

    const search = screen.getByText('search-api').closest('tr')!;
    expect(within(search).getByTestId('score')).toHaveTextContent(
      'Not measured',
    );
    expect(within(search).getByTestId('score')).toHaveAttribute(
      'data-tone',
      'unknown',
    );
    expect(within(search).getByTestId('rpo')).toHaveAttribute(
      'data-tone',
      'unknown',
    );
    const catalog = screen.getByText('catalog-api').closest('tr')!;
    expect(catalog).toHaveTextContent('RDS.3');
    expect(screen.getByText('catalog-api').closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/catalog-api/compliance',
    );
  });
});
