import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { scorecardApiRef } from './api/ScorecardApi';
import {
  scorecardPage,
  scorecardPlugin,
  scorecardReadoutPage,
  scorecardServicesPage,
} from './plugin';
import { scorecard } from './__testUtils__/testData';

describe('scorecard plugin extensions', () => {
  it('names every extension', () => {
    for (const id of [
      'api:scorecard/scorecard-api',
      'page:scorecard/scorecard',
      'sub-page:scorecard/services',
      'sub-page:scorecard/readout',
    ]) {
      expect(() => scorecardPlugin.getExtension(id as any)).not.toThrow();
    }
  });

  it('draws the named page with its two sub-pages as tabs, the first from the API', async () => {
    const getScorecard = jest.fn(async () => scorecard());
    const tester = createExtensionTester(scorecardPage, {
      apis: [[scorecardApiRef, { getScorecard }]],
    })
      .add(scorecardServicesPage)
      .add(scorecardReadoutPage);

    await renderInTestApp(tester.reactElement(), {
      apis: [[scorecardApiRef, { getScorecard }]],
    });
    expect(await screen.findAllByTestId('scorecard-row')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Readout' })).toBeInTheDocument();
  });
});
