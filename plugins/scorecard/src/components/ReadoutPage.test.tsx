import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { scorecardApiRef } from '../api/ScorecardApi';
import { ScorecardReadoutRoute } from './ScorecardRoutes';
import { summarise } from './readoutSummary';
import { scorecard } from '../__testUtils__/testData';

describe('readout summary', () => {
  it('counts colours per metric, sums spend and vulnerabilities, ranks risks', () => {
    const s = summarise(scorecard().data);
    expect(s.services).toBe(2);
    expect(s.byMetric.find(m => m.id === 'availability')).toMatchObject({
      green: 1,
      red: 1,
      amber: 0,
      none: 0,
    });
    expect(s.totalMonthlyCost).toBe(3800);
    expect(s.criticalVulns).toBe(3); // 2 + the other service's 1
    expect(s.budgetsSpent).toBe(1);
    expect(s.topRisks.map(r => [r.row.name, r.red])).toEqual([
      ['checkout-api', ['availability', 'errorBudget', 'criticalVulns']],
    ]);
    // 16 columns over 2 services; checkout-api has 3 red and 1 amber.
    expect(s.greenShare).toBeCloseTo(28 / 32, 5);
  });
});

describe('readout summary: no data is not passing (#12)', () => {
  it('does not count a never-scanned service as green, nor its vulnerabilities as 0', () => {
    const data = scorecard().data;
    for (const row of data.services)
      row.cells.criticalVulns = {
        value: null,
        status: 'none',
        trend: null,
        note: 'never scanned: no data',
      };
    const s = summarise(data);
    expect(s.byMetric.find(m => m.id === 'criticalVulns')).toMatchObject({
      green: 0,
      amber: 0,
      red: 0,
      none: 2,
    });
    expect(s.criticalVulns).toBeNull();
  });

  it("leaves an off family's metrics out of the readout", () => {
    const data = scorecard().data;
    data.families.cost = {
      family: 'cost',
      status: 'off',
      error: 'not configured',
    };
    const s = summarise(data);
    expect(s.byMetric.map(m => m.id)).not.toContain('monthlyCost');
    expect(s.byMetric.map(m => m.id)).not.toContain('costPerRequest');
  });
});

describe('ReadoutPage', () => {
  it('renders the printable readout with summary, top risks and print CSS', async () => {
    await renderInTestApp(<ScorecardReadoutRoute />, {
      apis: [[scorecardApiRef, { getScorecard: async () => scorecard() }]],
    });
    expect(
      await screen.findByText('Engineering portfolio readout'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readout-green-share')).toHaveTextContent('88%');
    expect(screen.getAllByTestId('readout-risk')).toHaveLength(1);
    expect(
      screen.getByText('Availability, Error budget left, Critical vulns'),
    ).toBeInTheDocument();
    expect(
      screen.getByTestId('readout').querySelector('style')!.textContent,
    ).toContain('@media print');
    expect(
      screen.getByRole('button', { name: 'Print / save as PDF' }),
    ).toBeInTheDocument();
  });
});
