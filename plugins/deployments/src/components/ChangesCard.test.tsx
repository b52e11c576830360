import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { stubResizeObserver } from '@runway/runway-react/testing';
import { ChangesCard } from './ChangesCard';
import { DoraPanel } from './DoraPanel';
import { overview } from '../__testUtils__/testData';

stubResizeObserver();

describe('ChangesCard', () => {
  it('puts the prod deploys on the timeline and says that flags and incidents are missing', async () => {
    const data = overview().data;
    const lastProd = data.history.filter(d => d.environment === 'prod').at(-1)!;
    const fetch = jest.fn(async () => new Response(null, { status: 404 }));
    await renderInTestApp(
      <ChangesCard
        entityRef={data.entityRef}
        history={data.history}
        days={30}
        now={Date.parse(lastProd.deployedAt) + 3600_000}
      />,
      {
        apis: [
          [fetchApiRef, { fetch } as any],
          [discoveryApiRef, mockApis.discovery()],
        ],
      },
    );
    expect(
      await screen.findByTestId('change-timeline-gap-flags'),
    ).toHaveTextContent('No flag data');
    expect(
      screen.getByTestId('change-timeline-gap-incidents'),
    ).toBeInTheDocument();
    expect(
      Number(
        screen.getByTestId('change-timeline').getAttribute('data-markers'),
      ),
    ).toBeGreaterThan(0);
  });

  it('DORA says what each figure was computed from', async () => {
    await renderInTestApp(<DoraPanel dora={overview().data.dora} />);
    expect(screen.getByLabelText('Rollback time')).toHaveTextContent('35 min');
    expect(screen.getByTestId('dora-computed-from')).toHaveTextContent(
      'PagerDuty incidents',
    );
  });
});
