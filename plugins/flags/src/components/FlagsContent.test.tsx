import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { flagsApiRef } from '../api/FlagsApi';
import {
  entity,
  entityFlags,
  entityRef,
  fakeApi,
  unannotated,
} from '../__testUtils__/testData';
import { FlagsContent } from './FlagsContent';

const render = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <FlagsContent />
    </EntityProvider>,
    { apis: [[flagsApiRef, api]] },
  );

describe('FlagsContent', () => {
  it('shows each flag per environment with its rollout, stale flags and the changes', async () => {
    const api = fakeApi();
    await render(api);
    const row = (
      await screen.findAllByText('checkout-api.new-payment-flow')
    )[0].closest('tr')!;
    expect(row).toHaveTextContent('release');
    expect(row.querySelector('[data-testid="env-prod"]')).toHaveTextContent(
      '10 %',
    );
    expect(row.querySelector('[data-testid="env-dev"]')).toHaveTextContent(
      'on',
    );
    const stale = screen.getByText('checkout-api.old-banner').closest('tr')!;
    expect(stale).toHaveTextContent('stale');
    // the old banner has no prod environment: a dash, not "off"
    expect(stale.querySelector('[data-testid="env-prod"]')).toBeNull();
    expect(screen.getByText('rollout 0 % → 10 % in prod')).toBeInTheDocument();
    expect(screen.getByText(/2 flags, 1 stale/)).toBeInTheDocument();
    expect(screen.getByText('Demo data')).toBeInTheDocument();
    expect(api.getEntity).toHaveBeenCalledWith(entityRef);
  });

  it('says the flags are unknown, not empty, without the annotation', async () => {
    await render(
      fakeApi({
        getEntity: jest.fn(async () => ({
          ...entityFlags,
          data: { summary: unannotated, flags: [], changes: [] },
        })),
      }),
    );
    expect(await screen.findByTestId('unknown')).toHaveTextContent(
      'No unleash.io/project annotation',
    );
    expect(screen.queryByText('Recent flag changes')).toBeNull();
  });

  it('shows why Unleash could not be read', async () => {
    await render(
      fakeApi({
        getEntity: jest.fn(async () => {
          throw new Error('Unleash rejected our credentials (HTTP 401)');
        }),
      }),
    );
    expect(
      (await screen.findAllByText(/Unleash rejected our credentials/))[0],
    ).toBeInTheDocument();
  });
});
