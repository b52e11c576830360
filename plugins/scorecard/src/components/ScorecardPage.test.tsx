import { fireEvent, screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { ScorecardApi, scorecardApiRef } from '../api/ScorecardApi';
import { ScorecardServicesRoute } from './ScorecardRoutes';
import { scorecard } from '../__testUtils__/testData';

async function render(api: Pick<ScorecardApi, 'getScorecard'>) {
  const full: ScorecardApi = { getRiskRecords: async () => ({}), ...api };
  await renderInTestApp(<ScorecardServicesRoute />, {
    apis: [[scorecardApiRef, full]],
  });
}

describe('ScorecardPage', () => {
  it('shows one row per service with judged cells that drill into the family tab', async () => {
    await render({ getScorecard: async () => scorecard() });
    const rows = await screen.findAllByTestId('scorecard-row');
    expect(rows).toHaveLength(2);
    const availability = within(rows[0]).getByLabelText(
      'Availability 99.75%, red worsening',
    );
    expect(availability.closest('a')).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api/slos',
    );
    expect(
      within(rows[0])
        .getByLabelText(/^Critical vulns 2, red/)
        .closest('a'),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-api/security',
    );
    expect(
      within(rows[0])
        .getByLabelText(/^Monthly cost \$3,000, amber/)
        .closest('a'),
    ).toHaveAttribute('href', '/catalog/default/component/checkout-api/cost');
    expect(screen.getByText('Demo data')).toBeInTheDocument();
  });

  it('switches to teams and filters rows', async () => {
    await render({ getScorecard: async () => scorecard() });
    fireEvent.click(await screen.findByRole('radio', { name: 'Teams (2)' }));
    expect(
      screen
        .getAllByTestId('scorecard-row')
        .map(r => r.firstChild!.textContent),
    ).toEqual(['team-checkout (1)', 'team-catalog (1)']);
    fireEvent.change(screen.getByLabelText('Filter rows'), {
      target: { value: 'catalog' },
    });
    expect(screen.getAllByTestId('scorecard-row')).toHaveLength(1);
  });

  it('says which family failed and does not link its blank column', async () => {
    const data = scorecard();
    data.data.families.security = {
      family: 'security',
      status: 'failed',
      error: 'the security service failed (HTTP 503)',
    };
    data.data.services[0].cells.criticalVulns = {
      value: null,
      status: 'none',
      trend: null,
      note: 'security unavailable',
    };
    await render({ getScorecard: async () => data });
    expect(
      await screen.findByText(
        /Security could not be read, its columns are empty: the security service failed \(HTTP 503\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Security unavailable')).toBeInTheDocument();
    const row = screen.getAllByTestId('scorecard-row')[0];
    expect(
      within(row)
        .getByLabelText('Critical vulns no data, not judged')
        .closest('a'),
    ).toBeNull();
    expect(
      within(row).getByLabelText(/^Availability 99.75%/),
    ).toBeInTheDocument();
  });

  it('exports the visible rows as CSV', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = jest.fn();
    await render({ getScorecard: async () => scorecard() });
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(created).toHaveLength(1);
    const text = await created[0].text();
    expect(text.split('\r\n')[1]).toMatch(/^checkout-api,/);
  });

  it('draws the backend error', async () => {
    await render({
      getScorecard: async () => {
        throw new Error('scorecard exploded');
      },
    });
    expect(
      await screen.findByText('Error: scorecard exploded'),
    ).toBeInTheDocument();
  });

  it('draws the empty state', async () => {
    await render({
      getScorecard: async () =>
        scorecard({ services: [], teams: [], systems: [] }),
    });
    expect(
      await screen.findByText('No services in the catalog'),
    ).toBeInTheDocument();
  });
});

describe('ScorecardPage: errors travel, off families, unknown is not clean (#12)', () => {
  it("shows the failed family's own message, and grey no-data cells with the reason", async () => {
    const data = scorecard();
    const message =
      'the cost service failed (HTTP 503): Cost data could not be collected yet: Cost Explorer answered 500';
    data.data.families.cost = {
      family: 'cost',
      status: 'failed',
      error: message,
    };
    for (const row of data.data.services) {
      row.cells.monthlyCost = {
        value: null,
        status: 'none',
        trend: null,
        note: `cost unavailable: ${message}`,
      };
    }
    await render({ getScorecard: async () => data });
    expect(
      await screen.findByText(/Cost data could not be collected yet/),
    ).toBeInTheDocument();
    const row = screen.getAllByTestId('scorecard-row')[0];
    const cell = within(row).getByLabelText('Monthly cost no data, not judged');
    expect(cell).toHaveAttribute('data-status', 'none');
    expect(cell.getAttribute('title')).toContain(
      'Cost data could not be collected yet',
    );
  });

  it("leaves an off family's columns out and says which keys to set", async () => {
    const data = scorecard();
    data.data.families.cost = {
      family: 'cost',
      status: 'off',
      error: 'cost is not configured: live mode needs cost.aws.accountId',
    };
    await render({ getScorecard: async () => data });
    expect(
      await screen.findByText(
        /Cost: not configured \(cost is not configured: live mode needs cost\.aws\.accountId\)/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('columnheader', { name: /Monthly cost/ }),
    ).toBeNull();
    expect(
      screen.queryByRole('columnheader', { name: /Cost per request/ }),
    ).toBeNull();
    expect(
      screen.getByRole('columnheader', { name: /Critical vulns/ }),
    ).toBeInTheDocument();
    const row = screen.getAllByTestId('scorecard-row')[0];
    expect(within(row).queryByLabelText(/^Monthly cost/)).toBeNull();
  });

  it('draws a never-scanned service as grey no data, not a green 0', async () => {
    const data = scorecard();
    data.data.services[1].cells.criticalVulns = {
      value: null,
      status: 'none',
      trend: null,
      note: 'never scanned: no data',
    };
    await render({ getScorecard: async () => data });
    const row = (await screen.findAllByTestId('scorecard-row'))[1];
    const cell = within(row).getByLabelText(
      'Critical vulns no data, not judged',
    );
    expect(cell).toHaveTextContent('no data');
    expect(cell).toHaveAttribute('title', 'never scanned: no data');
  });
});

describe('ScorecardPage with many services', () => {
  it('shows 50 rows per page and exports all of them', async () => {
    const many = scorecard();
    const base = many.data.services[1];
    many.data.services = Array.from({ length: 120 }, (_, i) => ({
      ...base,
      entityRef: `component:default/svc-${String(i).padStart(3, '0')}`,
      name: `svc-${String(i).padStart(3, '0')}`,
    }));
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((b: Blob) => {
      created.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = jest.fn();
    await render({ getScorecard: async () => many });
    expect(await screen.findAllByTestId('scorecard-row')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Next table page' }));
    expect(screen.getAllByTestId('scorecard-row')[0]).toHaveTextContent(
      'svc-050',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await created[0].text()).trimEnd().split('\r\n')).toHaveLength(121);
  });
});
