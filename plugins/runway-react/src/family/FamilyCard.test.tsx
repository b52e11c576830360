import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ResponseError } from '@backstage/errors';
import { notConfiguredResponseError } from '../notConfiguredResponseError';
import { FamilyCard } from './FamilyCard';
import { FamilyState } from './FamilyState';

const source = {
  kind: 'demo' as const,
  name: 'demo',
  fetchedAt: '2026-11-01T10:00:00Z',
  stale: false,
};

async function responseError(status: number, message: string) {
  return ResponseError.fromResponse({
    status,
    statusText: status === 404 ? 'Not Found' : 'Error',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: async () =>
      JSON.stringify({
        error: { name: 'Error', message },
        response: { statusCode: status },
      }),
  } as Response);
}

const statuses = {
  403: { title: 'No access', description: 'Owners only.' },
  404: { title: 'Nothing here' },
};

describe('FamilyState', () => {
  it('draws the content only once the data is there', async () => {
    const children = jest.fn(() => <p>content</p>);
    const { unmount } = await renderInTestApp(
      <FamilyState loading errorTitle="X unavailable">
        {children}
      </FamilyState>,
    );
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(children).not.toHaveBeenCalled();
    unmount();
    await renderInTestApp(
      <FamilyState loading={false} errorTitle="X unavailable">
        {children}
      </FamilyState>,
    );
    expect(screen.getByText('content')).toBeInTheDocument();
  });

  it('draws the statuses a family answers on purpose grey, with their words', async () => {
    await renderInTestApp(
      <FamilyState
        loading={false}
        error={await responseError(403, 'forbidden')}
        errorTitle="X unavailable"
        statuses={statuses}
      >
        {() => 'content'}
      </FamilyState>,
    );
    expect(screen.getByText('No access')).toBeInTheDocument();
    expect(screen.getByText('Owners only.')).toBeInTheDocument();
    expect(screen.queryByText('X unavailable')).toBeNull();
  });

  it("falls back to the backend's message for a status without a description", async () => {
    await renderInTestApp(
      <FamilyState
        loading={false}
        error={await responseError(404, 'No resources tagged service=a')}
        errorTitle="X unavailable"
        statuses={statuses}
      >
        {() => 'content'}
      </FamilyState>,
    );
    expect(screen.getByText('Nothing here')).toBeInTheDocument();
    // A ResponseError's own message, as the family's client threw it.
    expect(
      screen.getByText('Request failed with 404 Not Found'),
    ).toBeInTheDocument();
  });

  it('draws any other status, and an off family, as FamilyErrorPanel does', async () => {
    const { unmount } = await renderInTestApp(
      <FamilyState
        loading={false}
        error={await responseError(500, 'boom')}
        errorTitle="X unavailable"
        statuses={statuses}
      >
        {() => 'content'}
      </FamilyState>,
    );
    expect(screen.getByText(/X unavailable/)).toBeInTheDocument();
    unmount();
    await renderInTestApp(
      <FamilyState
        loading={false}
        error={await notConfiguredResponseError('Set x.y')}
        errorTitle="X unavailable"
        statuses={{ 503: { title: 'Not read yet' } }}
      >
        {() => 'content'}
      </FamilyState>,
    );
    expect(screen.getByTestId('not-configured')).toHaveTextContent('Set x.y');
    expect(screen.queryByText('Not read yet')).toBeNull();
  });
});

describe('FamilyCard', () => {
  it('badges the source and hands the answer to its body', async () => {
    await renderInTestApp(
      <FamilyCard
        title="Quality"
        loading={false}
        value={{ source, data: { items: [7] } }}
      >
        {({ data }) => <p>items: {data.items.join(',')}</p>}
      </FamilyCard>,
    );
    expect(screen.getByText('Quality')).toBeInTheDocument();
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(screen.getByText('items: 7')).toBeInTheDocument();
  });

  it('titles its error panel after the card unless told otherwise', async () => {
    const error = await responseError(500, 'boom');
    const { unmount } = await renderInTestApp(
      <FamilyCard title="Quality" loading={false} error={error}>
        {() => 'never'}
      </FamilyCard>,
    );
    expect(screen.getByText(/Quality unavailable/)).toBeInTheDocument();
    expect(screen.queryByTestId('demo-badge')).toBeNull();
    unmount();
    await renderInTestApp(
      <FamilyCard
        title="Feature flags"
        errorTitle="Flags unavailable"
        loading={false}
        error={error}
      >
        {() => 'never'}
      </FamilyCard>,
    );
    expect(screen.getByText(/Flags unavailable/)).toBeInTheDocument();
  });
});
