import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { stubResizeObserver } from '../__testUtils__/setupFrontendTests';
import { ChangeTimeline } from './ChangeTimeline';
import { useChangeEvents } from './useChangeEvents';

stubResizeObserver();

const from = '2026-03-09T12:00:00Z';
const to = '2026-03-10T12:00:00Z';

function Wired() {
  const events = useChangeEvents('component:default/checkout-api');
  if (events.loading) return <p>loading</p>;
  return (
    <ChangeTimeline
      from={from}
      to={to}
      markers={[
        { at: '2026-03-10T09:00:00Z', kind: 'deploy', label: 'v1.4.0' },
        ...events.markers,
      ]}
      spans={events.spans}
      gaps={events.gaps}
    />
  );
}

function renderWith(answers: Record<string, Response | (() => Response)>) {
  const fetch = jest.fn(async (url: string) => {
    const key = Object.keys(answers).find(k => url.includes(k));
    const answer = key ? answers[key] : new Response(null, { status: 404 });
    return typeof answer === 'function' ? answer() : answer;
  });
  return renderInTestApp(<Wired />, {
    apis: [
      [fetchApiRef, { fetch } as any],
      [discoveryApiRef, mockApis.discovery()],
    ],
  });
}

describe('ChangeTimeline', () => {
  it('counts what falls in the window and shades open incidents to its end', async () => {
    await renderInTestApp(
      <ChangeTimeline
        from={from}
        to={to}
        markers={[
          { at: '2026-03-10T09:00:00Z', kind: 'deploy', label: 'a' },
          { at: '2026-03-10T10:00:00Z', kind: 'rollback', label: 'b' },
          { at: '2026-03-01T10:00:00Z', kind: 'deploy', label: 'too old' },
        ]}
        spans={[
          { start: '2026-03-10T11:00:00Z', label: '#1202' },
          {
            start: '2026-03-02T10:00:00Z',
            end: '2026-03-02T11:00:00Z',
            label: 'old',
          },
        ]}
      />,
    );
    const timeline = screen.getByTestId('change-timeline');
    expect(timeline).toHaveAttribute('data-markers', '2');
    expect(timeline).toHaveAttribute('data-spans', '1');
    expect(screen.getByTestId('change-timeline-summary')).toHaveTextContent(
      '1 deploy · 1 rollback · 0 flag changes · 1 incident (1 open)',
    );
  });

  it('labels a dense window only where labels clear each other, the incident first', async () => {
    // A month with 30 deploys 12 h apart around a 28 min incident: no room for all.
    const end = Date.parse('2026-03-31T00:00:00Z');
    const markers = Array.from({ length: 30 }, (_, i) => ({
      at: new Date(end - 16 * 86400_000 + i * 12 * 3600_000).toISOString(),
      kind: 'deploy' as const,
      label: `rev${String(i).padStart(4, '0')}`,
    }));
    const { container } = await renderInTestApp(
      <ChangeTimeline
        from={end - 30 * 86400_000}
        to={end}
        width={800}
        markers={markers}
        spans={[
          {
            start: markers[10].at,
            end: new Date(
              Date.parse(markers[10].at) + 28 * 60_000,
            ).toISOString(),
            label: '#1000',
          },
        ]}
      />,
    );
    const labels = [...container.querySelectorAll('.recharts-label')].map(
      l => l.textContent,
    );
    expect(labels).toContain('#1000');
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.length).toBeLessThan(10);
    // Every marker is still drawn, and counted below.
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(
      30,
    );
    expect(screen.getByTestId('change-timeline-summary')).toHaveTextContent(
      '30 deploys',
    );
    // A 28 min incident in 30 days is drawn at least a few px wide, to be seen.
    const area = container.querySelector('.recharts-reference-area-rect')!;
    expect(Number(area.getAttribute('width'))).toBeGreaterThan(3.99);
  });

  it('draws incidents and flag changes read from the on-call and flags backends', async () => {
    await renderWith({
      '/oncall/incidents': () =>
        Response.json({
          data: {
            serviceId: 'PCHKOUT',
            incidents: [
              {
                number: 1202,
                title: 'burn',
                triggeredAt: '2026-03-10T11:00:00Z',
              },
            ],
          },
        }),
      '/flags/entity': () =>
        Response.json({
          data: {
            summary: { state: { state: 'measured' } },
            changes: [
              {
                flag: 'checkout-api.new-payment-flow',
                environment: 'production',
                createdAt: '2026-03-10T08:00:00Z',
                summary: 'rollout 0 % → 10 %',
              },
            ],
          },
        }),
    });
    expect(
      await screen.findByTestId('change-timeline-summary'),
    ).toHaveTextContent(
      '1 deploy · 0 rollbacks · 1 flag change · 1 incident (1 open)',
    );
    expect(screen.queryByTestId('change-timeline-gap-flags')).toBeNull();
  });

  it('says "no flag data" when the flags backend is not there, and why incidents are missing', async () => {
    await renderWith({
      '/oncall/incidents': () =>
        Response.json(
          {
            error: {
              name: 'NotConfiguredError',
              message:
                'oncall incidents is not configured: set oncall.pagerduty.apiToken',
            },
          },
          { status: 503 },
        ),
    });
    expect(
      await screen.findByTestId('change-timeline-gap-flags'),
    ).toHaveTextContent('No flag data: the flags backend is not served here');
    expect(
      screen.getByTestId('change-timeline-gap-incidents'),
    ).toHaveTextContent('oncall.pagerduty.apiToken');
    expect(screen.getByTestId('change-timeline-summary')).toHaveTextContent(
      '0 flag changes · 0 incidents',
    );
  });
});
