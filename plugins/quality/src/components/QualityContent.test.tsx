import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { qualityApiRef } from '../api/QualityApi';
import {
  entity,
  entityRef,
  fakeApi,
  never,
  summary,
} from '../__testUtils__/testData';
import { QualityContent } from './QualityContent';

const render = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <QualityContent />
    </EntityProvider>,
    { apis: [[qualityApiRef, api]] },
  );

describe('QualityContent', () => {
  it('shows each figure with when and from which artifact it was measured', async () => {
    const api = fakeApi();
    await render(api);
    expect(await screen.findByTestId('coverage')).toHaveTextContent(
      '92.5 %37 of 40 statements',
    );
    expect(screen.getByTestId('coverage-provenance')).toHaveTextContent(
      '2026-11-20 10:00 UTC · checkout-api:abc1220',
    );
    expect(screen.getByTestId('mutation')).toHaveTextContent(
      '83.6 %covered-code MSI 87.3 % · 171 killed, 27 escaped',
    );
    expect(screen.getByTestId('phpstan')).toHaveTextContent('PHPStan errors0');
    expect(screen.getByTestId('psalm')).toHaveTextContent('Psalm errors2');
    expect(screen.getByTestId('p95')).toHaveTextContent(
      '413 msSLO threshold 300 ms',
    );
    expect(screen.getByTestId('error-rate')).toHaveTextContent('1.84 %');
    expect(screen.getByTestId('rps')).toHaveTextContent('41.6 req/s');
    expect(screen.getByTestId('slo-verdict')).toHaveTextContent(
      'Above SLO (> 300 ms)',
    );
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(screen.getByTestId('score-history')).toBeInTheDocument();
    expect(screen.getByTestId('load-history')).toBeInTheDocument();
    expect(api.getEntity).toHaveBeenCalledWith(entityRef);
  });

  it('draws never-measured figures grey as "Never measured", not as zero', async () => {
    await render(fakeApi(never));
    expect(await screen.findByTestId('never')).toHaveTextContent(
      'No CI run has posted a quality report',
    );
    for (const id of ['coverage', 'mutation', 'phpstan', 'psalm', 'p95']) {
      expect(screen.getByTestId(`${id}-never`)).toHaveTextContent(
        'Never measured',
      );
    }
    expect(screen.queryByTestId('slo-verdict')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('no-history')).toHaveLength(2);
  });

  it('draws a load test without a threshold grey, saying why', async () => {
    await render(
      fakeApi({
        ...summary,
        coverage: null,
        loadTest: {
          ...summary.loadTest!,
          sloThresholdMs: null,
          withinSlo: null,
          sloThresholdError: 'no runway.dev/slo-location annotation',
        },
      }),
    );
    expect(await screen.findByTestId('slo-verdict')).toHaveTextContent(
      'No SLO threshold',
    );
    expect(screen.getByTestId('p95')).toHaveTextContent(
      'no runway.dev/slo-location annotation',
    );
    expect(screen.getByTestId('coverage-never')).toBeInTheDocument();
  });
});
