import { notConfiguredResponseError } from '@runway/runway-react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Adr, AdrListResponse } from '@runway/plugin-adr-common';
import { adrApiRef, AdrApi } from '../api/AdrApi';
import { AdrsContent } from './AdrsContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'backstage.io/adr-location': './docs/adr' },
  },
  spec: { type: 'service', owner: 'team-payments' },
};

const adr = (n: number, title: string, extra: Partial<Adr>): Adr => ({
  file: `000${n}-${title.toLowerCase().replace(/ /g, '-')}.md`,
  number: n,
  title,
  format: 'madr3',
  url: `file:///x/000${n}.md`,
  markdown: `# ${title}\n\nBody of ${title}.`,
  ...extra,
});

const adrs = [
  adr(1, 'Record decisions', {
    status: 'accepted',
    format: 'madr2',
    date: '2023-01-02',
    deciders: 'team-payments',
  }),
  adr(2, 'Store data in MySQL', {
    status: 'superseded',
    format: 'madr2',
    supersededBy: '0003-move-to-postgresql.md',
  }),
  adr(3, 'Move to PostgreSQL', { status: 'proposed', date: '2025-06-01' }),
];

function render(
  response: Partial<AdrListResponse['data']> = {},
  failure?: Error,
) {
  const api: jest.Mocked<AdrApi> = {
    listAdrs: jest.fn(async (entityRef: string): Promise<AdrListResponse> => {
      if (failure) throw failure;
      return {
        source: {
          kind: 'demo',
          name: 'demo',
          stale: false,
          fetchedAt: '2026-01-01T00:00:00Z',
        },
        data: { entityRef, location: 'file:///x', adrs, ...response },
      };
    }),
  };
  renderInTestApp(
    <EntityProvider entity={entity}>
      <AdrsContent />
    </EntityProvider>,
    { apis: [[adrApiRef, api]] },
  );
  return api;
}

describe('AdrsContent', () => {
  it('lists the records with their status and shows the newest', async () => {
    const api = render();
    // @backstage/ui's List is an ARIA grid of selectable rows.
    const list = await screen.findByRole('grid', { name: 'ADR list' });
    const items = within(list).getAllByRole('row');
    expect(items.map(i => i.textContent)).toEqual([
      '0001 Record decisionsaccepted',
      '0002 Store data in MySQLsuperseded',
      '0003 Move to PostgreSQLproposed',
    ]);
    expect(screen.getByText('Body of Move to PostgreSQL.')).toBeInTheDocument();
    expect(screen.getByTestId('adr-meta')).toHaveTextContent(
      'proposed2025-06-01MADR 3',
    );
    expect(api.listAdrs).toHaveBeenCalledWith('component:default/payments-api');
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
  });

  it('links a superseded record to the one that replaced it', async () => {
    render();
    await userEvent.click(await screen.findByText('0002 Store data in MySQL'));
    expect(screen.getByTestId('adr-meta')).toHaveTextContent(
      'supersededMADR 2',
    );
    await userEvent.click(
      within(screen.getByTestId('superseded-by')).getByText(
        'Move to PostgreSQL',
      ),
    );
    expect(screen.getByText('Body of Move to PostgreSQL.')).toBeInTheDocument();
  });

  it('searches records by their text', async () => {
    render();
    await screen.findByRole('grid', { name: 'ADR list' });
    await userEvent.type(screen.getByLabelText('Search ADRs'), 'mysql');
    expect(
      within(screen.getByRole('grid', { name: 'ADR list' })).getAllByRole(
        'row',
      ),
    ).toHaveLength(1);
  });

  it('explains why there is nothing to show', async () => {
    render({
      adrs: [],
      error:
        'component:default/payments-api has no backstage.io/adr-location annotation',
    });
    expect(
      await screen.findByText(
        'component:default/payments-api has no backstage.io/adr-location annotation',
      ),
    ).toBeInTheDocument();
  });

  it('draws an off family grey as "Not configured" with the keys', async () => {
    const error = await notConfiguredResponseError(
      'adr is not configured: live mode needs adr.dataSource (or set adr.dataSource: demo)',
    );
    render({}, error);
    expect(await screen.findByText('Not configured')).toBeInTheDocument();
    expect(screen.getByTestId('not-configured')).toHaveTextContent(
      'adr is not configured: live mode needs adr.dataSource (or set adr.dataSource: demo)',
    );
  });
});
