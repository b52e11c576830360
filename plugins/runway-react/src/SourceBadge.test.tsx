import { render, screen } from '@testing-library/react';
import { SourceBadge } from './SourceBadge';

const base = { name: 'demo', fetchedAt: '2026-11-01T10:00:00Z', stale: false };

describe('SourceBadge', () => {
  it('labels demo data', () => {
    render(<SourceBadge source={{ ...base, kind: 'demo' }} />);
    expect(screen.getByText('Demo data')).toBeInTheDocument();
    expect(screen.queryByTestId('stale-badge')).toBeNull();
  });

  it('shows nothing for fresh live data', () => {
    const { container } = render(
      <SourceBadge source={{ ...base, kind: 'live' }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('flags stale live data', () => {
    render(
      <SourceBadge
        source={{ ...base, kind: 'live', stale: true, error: 'down' }}
      />,
    );
    expect(screen.getByTestId('stale-badge')).toHaveTextContent('Stale: as of');
    expect(screen.queryByText('Demo data')).toBeNull();
  });
});
