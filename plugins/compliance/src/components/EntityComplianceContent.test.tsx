import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { complianceApiRef, ComplianceApi } from '../api/ComplianceApi';
import { EntityComplianceContent } from './EntityComplianceContent';
import { EntityComplianceCard } from './EntityComplianceCard';
import { entityResponse, failedResponse } from '../__testUtils__/testData';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'catalog-api', namespace: 'default' },
};

const render = (ui: JSX.Element, getEntity: ComplianceApi['getEntity']) =>
  renderInTestApp(<EntityProvider entity={component}>{ui}</EntityProvider>, {
    apis: [[complianceApiRef, { getEntity } as unknown as ComplianceApi]],
  });

describe('EntityComplianceContent', () => {
  it('shows the score, the failing control with its remediation link, RPO over target and the demo badge', async () => {
    const getEntity = jest.fn(async () => entityResponse);
    await render(<EntityComplianceContent />, getEntity);
    expect(await screen.findByTestId('score')).toHaveTextContent(
      '90 % (9/10 controls)',
    );
    expect(getEntity).toHaveBeenCalledWith('component:default/catalog-api');
    expect(screen.getByTestId('rpo')).toHaveTextContent(
      'RPO 3 d 2 h (target 15 min)',
    );
    expect(screen.getByTestId('rpo')).toHaveAttribute('data-tone', 'bad');
    expect(screen.getByTestId('rto')).toHaveAttribute('data-tone', 'good');
    expect(screen.getByText('How to fix').closest('a')).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/console/securityhub/RDS.3/remediation',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(screen.getByTestId('cloudtrail')).toHaveTextContent(
      'enabled and logging',
    );
  });

  it('draws a failed source grey with when and why, and the data as stale', async () => {
    await render(<EntityComplianceContent />, async () => failedResponse);
    expect(await screen.findByTestId('source-securityhub')).toHaveAttribute(
      'data-tone',
      'unknown',
    );
    expect(screen.getByTestId('source-backup')).toHaveAttribute(
      'data-tone',
      'good',
    );
    expect(screen.getByTestId('state')).toHaveTextContent(
      /Failed at .*Security Hub GetFindings was throttled/,
    );
    expect(screen.getByTestId('stale-badge')).toBeInTheDocument();
  });

  it('says who may read the posture on a 403', async () => {
    await render(<EntityComplianceContent />, async () => {
      throw Object.assign(new Error('no'), { statusCode: 403 });
    });
    expect(
      await screen.findByText('No access to this posture'),
    ).toBeInTheDocument();
  });
});

describe('EntityComplianceCard', () => {
  it('summarises score, RPO, restore test and the worst failing controls', async () => {
    await render(<EntityComplianceCard />, async () => entityResponse);
    expect(await screen.findByTestId('card-failing')).toHaveTextContent(
      'RDS.3 RDS DB instances should have encryption at-rest enabled',
    );
    expect(screen.getByTestId('rto')).toHaveTextContent(
      'Restore 38 min (RTO 1 h)',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });
});
