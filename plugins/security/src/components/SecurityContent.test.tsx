import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { securityApiRef } from '../api/SecurityApi';
import { SecurityContent } from './SecurityContent';
import { entity, entityResponse, fakeApi } from '../__testUtils__/testData';

// AuthorizeResult's two values, typed from the mock so this package needs no extra dependency.
type Decision = Exclude<
  NonNullable<
    NonNullable<Parameters<typeof mockApis.permission>[0]>['authorize']
  >,
  Function
>;
const ALLOW = 'ALLOW' as unknown as Decision;
const DENY = 'DENY' as unknown as Decision;

// recharts measures its container; jsdom has no layout.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(global as any).ResizeObserver = ResizeObserverStub;

async function render(
  api = fakeApi(),
  permission: Decision = ALLOW,
  shown = entity,
) {
  await renderInTestApp(
    <EntityProvider entity={shown}>
      <SecurityContent />
    </EntityProvider>,
    {
      apis: [
        [securityApiRef, api],
        [permissionApiRef, mockApis.permission({ authorize: permission })],
      ],
    },
  );
  return api;
}

/** Picks an option of a filter the way a user does: open its list, click the option. */
async function choose(filter: string, option: string) {
  await userEvent.click(
    within(screen.getByTestId(`filter-${filter}`)).getByRole('button'),
  );
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('SecurityContent', () => {
  it('shows no counts and a grey "Scan failed at T" when no scan ever succeeded', async () => {
    const response = entityResponse({ findings: [] });
    response.data.summary = {
      ...response.data.summary,
      open: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
      lastScannedAt: undefined,
      gate: { state: 'unknown', passed: false, maxCritical: 0 },
      scan: {
        state: 'failed',
        at: '2026-11-20T10:00:00.000Z',
        error: 'aws:image: ECR DescribeImages timed out',
      },
    };
    await render(fakeApi({ getEntity: jest.fn(async () => response) }));
    const counts = await screen.findByTestId('open-counts');
    expect(within(counts).getByTestId('scan-state')).toHaveTextContent(
      'Scan failed at 2026-11-20 10:00 UTC',
    );
    expect(within(counts).getByTestId('scan-error')).toHaveTextContent(
      'ECR DescribeImages timed out',
    );
    expect(
      within(counts).queryByTestId('severity-critical'),
    ).not.toBeInTheDocument();
    expect(within(counts).queryByTestId('gate')).not.toBeInTheDocument();
  });

  it('shows counts by severity and source, the gate, the badge and the open findings', async () => {
    const api = await render();
    const counts = await screen.findByTestId('open-counts');
    expect(within(counts).getByTestId('severity-high')).toHaveTextContent(
      'high: 1',
    );
    expect(within(counts).getByTestId('severity-critical')).toHaveTextContent(
      'critical: 0',
    );
    expect(screen.getByTestId('gate')).toHaveTextContent('Gate: pass');
    expect(screen.getByTestId('by-source')).toHaveTextContent('Code (SAST): 1');
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(screen.getByTestId('trend-chart')).toBeInTheDocument();
    expect(screen.getByText('Findings (2)')).toBeInTheDocument();
    // The fixed critical is hidden by the default "open" filter.
    expect(screen.queryByText(/CVE-2024-5535/)).not.toBeInTheDocument();
    expect(api.getEntity).toHaveBeenCalledWith('component:default/catalog-api');
  });

  it('filters by status, severity and fixability', async () => {
    await render();
    await screen.findByText('Findings (2)');
    await choose('status', 'All');
    expect(await screen.findByText('Findings (3)')).toBeInTheDocument();
    await choose('severity', 'critical');
    expect(await screen.findByText('Findings (1)')).toBeInTheDocument();
    expect(screen.getByText(/CVE-2024-5535/)).toBeInTheDocument();
    await choose('severity', 'All');
    await choose('status', 'open');
    expect(await screen.findByText('Findings (2)')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('Fix available'));
    expect(await screen.findByText('Findings (1)')).toBeInTheDocument();
    expect(screen.getByText(/CVE-2024-2961/)).toBeInTheDocument();
  });

  it('opens a finding with its advisory link and fix version, and suppresses it when permitted', async () => {
    const api = await render();
    await screen.findByText('Findings (2)');
    expect(screen.queryByTestId('suppress-hint')).not.toBeInTheDocument();
    await userEvent.click(await screen.findByText(/CVE-2024-2961: glibc/));
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText('CVE-2024-2961', { selector: 'a' }),
    ).toHaveAttribute('href', 'https://nvd.nist.gov/vuln/detail/CVE-2024-2961');
    expect(
      within(dialog).getByText(/upgrade to 2.36-9\+deb12u7/),
    ).toBeInTheDocument();

    await userEvent.click(within(dialog).getByText('Suppress…'));
    const form = await screen.findByRole('dialog');
    const submit = within(form).getByRole('button', { name: 'Suppress' });
    expect(submit).toBeDisabled();
    await userEvent.type(
      within(form).getByRole('textbox', { name: /Reason/ }),
      'Only reachable from the VPC',
    );
    expect(submit).toBeEnabled();
    await userEvent.click(submit);
    await waitFor(() =>
      expect(api.suppress).toHaveBeenCalledWith('a'.repeat(64), {
        reason: 'Only reachable from the VPC',
        expiresAt: expect.stringMatching(/T23:59:59/),
      }),
    );
    // Reloads to show the new counts.
    await waitFor(() => expect(api.getEntity).toHaveBeenCalledTimes(2));
  });

  it('offers no suppression without the permission', async () => {
    // usePermission caches decisions (SWR) per permission and resource for the whole
    // file: another service, so the ALLOW an earlier test fetched cannot answer here.
    const otherService = {
      ...entity,
      metadata: { ...entity.metadata, name: 'orders-api' },
    };
    await render(fakeApi(), DENY, otherService);
    expect(await screen.findByTestId('suppress-hint')).toHaveTextContent(
      "Only the service's owners",
    );
    await userEvent.click(await screen.findByText(/CVE-2024-2961: glibc/));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByText('Suppress…')).not.toBeInTheDocument();
  });

  it('warns when data is stale and explains an empty service', async () => {
    await render(
      fakeApi({
        getEntity: jest.fn(async () =>
          entityResponse({ stale: true, findings: [] }),
        ),
      }),
    );
    expect(await screen.findByTestId('stale-alert')).toHaveTextContent(
      'Inspector ListFindings was throttled',
    );
    expect(screen.getByTestId('stale-badge')).toBeInTheDocument();
    expect(screen.getByTestId('empty')).toHaveTextContent(
      'No scan has reported findings',
    );
  });

  it('shows the error when the backend fails', async () => {
    await render(
      fakeApi({
        getEntity: jest.fn(async () => {
          throw new Error('security backend is down');
        }),
      }),
    );
    expect(
      (await screen.findAllByText(/security backend is down/)).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByTestId('open-counts')).not.toBeInTheDocument();
  });
});
