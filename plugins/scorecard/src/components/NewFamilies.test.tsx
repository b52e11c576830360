import { screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { Cell, ScorecardResponse } from '@runway/plugin-scorecard-common';
import { ScorecardApi, scorecardApiRef } from '../api/ScorecardApi';
import { scorecard } from '../__testUtils__/testData';
import { postureLine, qualityLine } from './readoutLines';
import { recordFor, topRisks } from './risks';
import {
  ScorecardReadoutRoute,
  ScorecardServicesRoute,
} from './ScorecardRoutes';

const noData = (note: string): Cell => ({
  value: null,
  status: 'none',
  trend: null,
  note,
});

/** checkout-api misses coverage, compliance and backups; search-api was never measured. */
function withNewFamilies(): ScorecardResponse {
  const response = scorecard();
  const [checkout, search] = response.data.services;
  Object.assign(checkout.cells, {
    testCoverage: { value: 75, status: 'amber', trend: null },
    loadTestP95: { value: 420, status: 'amber', trend: null },
    compliance: {
      value: 0.8,
      status: 'red',
      trend: null,
      action: {
        title:
          'Fix RDS.11: RDS instances should have automatic backups enabled',
        url: 'https://docs.aws.amazon.com/console/securityhub/RDS.11/remediation',
      },
    },
    backupRpo: { value: 4320, status: 'red', trend: null },
    staleFlags: { value: 2, status: 'amber', trend: null },
  });
  Object.assign(search.cells, {
    testCoverage: noData('never measured: no CI report ingested'),
    loadTestP95: noData('never measured: no CI report ingested'),
    compliance: { value: 1, status: 'green', trend: null },
    backupRpo: { value: 10, status: 'green', trend: null },
    staleFlags: noData('no Unleash project annotated (unleash.io/project)'),
  });
  return response;
}

const api = (
  response: ScorecardResponse,
  getRiskRecords: ScorecardApi['getRiskRecords'] = async () => ({}),
): ScorecardApi => ({ getScorecard: async () => response, getRiskRecords });

describe('scorecard columns of quality, compliance and flags', () => {
  it('draws the new columns, their targets, and grey no-data cells with the reason', async () => {
    await renderInTestApp(<ScorecardServicesRoute />, {
      apis: [[scorecardApiRef, api(withNewFamilies())]],
    });
    const rows = await screen.findAllByTestId('scorecard-row');
    for (const heading of [
      'Test coverage',
      'Load test p95',
      'Compliance',
      'Backup RPO',
      'Stale flags',
    ])
      expect(
        screen.getByRole('columnheader', { name: new RegExp(`^${heading}`) }),
      ).toBeInTheDocument();
    expect(screen.getByText('≥ 90%')).toBeInTheDocument();
    expect(screen.getByText('≤ SLO threshold')).toBeInTheDocument();
    expect(screen.getByText('≤ 15 min')).toBeInTheDocument();
    expect(
      within(rows[0]).getByLabelText('Backup RPO 72.0 h, red').closest('a'),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api/compliance',
    );
    const grey = within(rows[1]).getByLabelText(
      'Test coverage no data, not judged',
    );
    expect(grey).toHaveAttribute(
      'title',
      'never measured: no CI report ingested',
    );
    expect(grey).toHaveAttribute('data-status', 'none');
  });

  it('keeps the columns of a family that is not installed, grey and unlinked', async () => {
    const response = withNewFamilies();
    response.data.families.flags = { family: 'flags', status: 'absent' };
    for (const row of response.data.services)
      row.cells.staleFlags = noData('flags unavailable: not installed');
    await renderInTestApp(<ScorecardServicesRoute />, {
      apis: [[scorecardApiRef, api(response)]],
    });
    const rows = await screen.findAllByTestId('scorecard-row');
    expect(screen.getByText('Feature flags not installed')).toBeInTheDocument();
    expect(
      screen.getByText(/Not installed in this portal.*Feature flags/),
    ).toBeInTheDocument();
    const cell = within(rows[0]).getByLabelText(
      'Stale flags no data, not judged',
    );
    expect(cell.closest('a')).toBeNull();
  });

  it('draws an answer from a backend without the new families as grey cells', async () => {
    const response = scorecard();
    delete (response.data.families as any).quality;
    for (const row of response.data.services)
      delete (row.cells as any).testCoverage;
    await renderInTestApp(<ScorecardServicesRoute />, {
      apis: [[scorecardApiRef, api(response)]],
    });
    const rows = await screen.findAllByTestId('scorecard-row');
    expect(
      within(rows[0]).getByLabelText('Test coverage no data, not judged'),
    ).toBeInTheDocument();
  });
});

describe('readout lines', () => {
  it('says how many measured services meet the quality gates and how many have no data', () => {
    expect(qualityLine(withNewFamilies().data)).toBe(
      'Test coverage ≥ 90% in 0 of 1 measured service; 1 with no data; load test p95 within its SLO threshold in 0 of 1 measured service; 1 with no data',
    );
  });

  it('sums up controls, backups and critical vulnerabilities', () => {
    expect(postureLine(withNewFamilies().data)).toBe(
      '90% of applicable controls pass on average (target 90%), 1 of 2 services on target; backups within 15 min RPO in 1 of 2 measured services; 3 open critical vulnerabilities',
    );
  });

  it('says no data when the families are not installed, and leaves off families out', () => {
    const data = withNewFamilies().data;
    data.families.quality = { family: 'quality', status: 'absent' };
    data.families.compliance = {
      family: 'compliance',
      status: 'off',
      error: 'not configured',
    };
    expect(qualityLine(data)).toBe(
      'Test coverage ≥ 90%: no data (not installed); load test p95 within its SLO threshold: no data (not installed)',
    );
    expect(postureLine(data)).toBe('3 open critical vulnerabilities');
  });
});

describe('risks and mitigations', () => {
  it('ranks red cells across families, with the action each family names', () => {
    const risks = topRisks(withNewFamilies().data);
    expect(risks.map(r => [r.row.name, r.metric])).toEqual([
      ['checkout-api', 'criticalVulns'],
      ['checkout-api', 'compliance'],
      ['checkout-api', 'backupRpo'],
      ['checkout-api', 'availability'],
      ['checkout-api', 'errorBudget'],
    ]);
    expect(risks[1].action.url).toContain('RDS.11');
    expect(risks[2].action.title).toBe(
      'Restore the backup schedule and run a restore test',
    );
  });

  it('finds the runbook, then the ADR, that records a risk', () => {
    const [, , backup, availability] = topRisks(withNewFamilies().data);
    const records = {
      'component:default/checkout-api': [
        {
          kind: 'Runbook' as const,
          title: 'Error budget burning fast',
          url: 'https://git/runbooks/SloErrorBudgetBurnFast.md',
        },
        {
          kind: 'ADR' as const,
          title: 'Restore the database from AWS Backup',
          url: 'https://git/docs/adr/0007-backups.md',
        },
      ],
    };
    expect(recordFor(availability, records)?.kind).toBe('Runbook');
    expect(recordFor(backup, records)?.title).toBe(
      'Restore the database from AWS Backup',
    );
    expect(recordFor(backup, {})).toBeNull();
    expect(recordFor(backup, undefined)).toBeUndefined();
  });

  it('renders the readout lines and the risks with owner, action and record, asking only for the risky services', async () => {
    const getRiskRecords = jest.fn(async (refs: string[]) => ({
      [refs[0]]: [
        {
          kind: 'Runbook' as const,
          title: 'SloErrorBudgetBurnFast',
          url: 'https://git/runbooks/SloErrorBudgetBurnFast.md',
        },
      ],
    }));
    await renderInTestApp(<ScorecardReadoutRoute />, {
      apis: [[scorecardApiRef, api(withNewFamilies(), getRiskRecords)]],
    });
    expect(await screen.findByTestId('readout-quality')).toHaveTextContent(
      /^Quality: Test coverage ≥ 90% in 0 of 1 measured service/,
    );
    expect(screen.getByTestId('readout-posture')).toHaveTextContent(
      /^Compliance and security posture: 90% of applicable controls pass/,
    );
    const rows = screen.getAllByTestId('readout-mitigation');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent('checkout-api: Compliance');
    expect(rows[1]).toHaveTextContent('team-checkout');
    expect(within(rows[1]).getByRole('link')).toHaveAttribute(
      'href',
      'https://docs.aws.amazon.com/console/securityhub/RDS.11/remediation',
    );
    await waitFor(() =>
      expect(rows[3]).toHaveTextContent('Runbook: SloErrorBudgetBurnFast'),
    );
    expect(rows[2]).toHaveTextContent('none recorded');
    expect(getRiskRecords).toHaveBeenCalledTimes(1);
    expect(getRiskRecords).toHaveBeenCalledWith([
      'component:default/checkout-api',
    ]);
  });
});
