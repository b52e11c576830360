import { renderInTestApp } from '@backstage/frontend-test-utils';
import { BurnDownChart } from './BurnDownChart';

const DAY = 86400_000;
const end = Date.parse('2026-12-02T00:00:00Z');
const series = Array.from({ length: 31 }, (_, i) => ({
  t: new Date(end - (30 - i) * DAY).toISOString(),
  remaining: 1 - i / 60,
}));

describe('BurnDownChart', () => {
  it('labels deploys only where their labels clear each other, the rollback first', async () => {
    // A deploy every 6 h for the last 5 days, then a rollback: far more than fit.
    const markers = [
      ...Array.from({ length: 20 }, (_, i) => ({
        at: new Date(end - 6 * DAY + i * 6 * 3600_000).toISOString(),
        kind: 'deploy' as const,
        label: `abc${String(i).padStart(4, '0')}`,
      })),
      {
        at: new Date(end - 20 * DAY).toISOString(),
        kind: 'rollback' as const,
        label: 'rollback 9b33d0d',
      },
    ];
    const { container, getByTestId } = await renderInTestApp(
      <BurnDownChart series={series} markers={markers} width={900} />,
    );
    expect(getByTestId('burn-down')).toHaveAttribute('data-markers', '21');
    // Every marker is drawn, labelled or not.
    expect(
      container.querySelectorAll('.recharts-reference-line-line[x1]'),
    ).toHaveLength(21);
    const labels = [...container.querySelectorAll('.recharts-label')].map(
      l => l.textContent,
    );
    expect(labels).toContain('rollback 9b33d0d');
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.length).toBeLessThan(10);
  });
});
