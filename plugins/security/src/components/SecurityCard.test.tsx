import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { notConfiguredResponseError } from '@runway/runway-react';
import { screen } from '@testing-library/react';
import { securityApiRef } from '../api/SecurityApi';
import { SecurityCard } from './SecurityCard';
import {
  entity,
  entityResponse,
  fakeApi,
  summary,
} from '../__testUtils__/testData';

const render = (api: ReturnType<typeof fakeApi>) =>
  renderInTestApp(
    <EntityProvider entity={entity}>
      <SecurityCard />
    </EntityProvider>,
    { apis: [[securityApiRef, api]] },
  );

describe('SecurityCard', () => {
  it('shows open critical/high and a failing gate from the batch endpoint', async () => {
    const api = fakeApi({
      getSummaries: jest.fn(async () => ({
        source: entityResponse().source,
        data: {
          items: [
            summary({
              open: { critical: 2, high: 3, medium: 0, low: 0, unknown: 0 },
              gate: {
                state: 'failed',
                passed: false,
                maxCritical: 0,
                reason: '2 open critical (max 0)',
              },
            }),
          ],
        },
      })),
    });
    await render(api);
    expect(await screen.findByTestId('severity-critical')).toHaveTextContent(
      'critical: 2',
    );
    expect(screen.getByTestId('severity-high')).toHaveTextContent('high: 3');
    expect(screen.getByTestId('gate')).toHaveTextContent('Gate: fail');
    expect(screen.getByTestId('demo-badge')).toBeInTheDocument();
    expect(api.getSummaries).toHaveBeenCalledWith([
      'component:default/catalog-api',
    ]);
  });

  const answer = (item: ReturnType<typeof summary>) =>
    fakeApi({
      getSummaries: jest.fn(async () => ({
        source: entityResponse().source,
        data: { items: [item] },
      })),
    });
  const zero = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };

  it('draws a never-scanned service as a grey "No scan", not a green gate', async () => {
    const { lastScannedAt: _, ...rest } = summary();
    await render(
      answer({
        ...rest,
        open: zero,
        riskScore: 0,
        gate: {
          state: 'unknown',
          passed: false,
          maxCritical: 0,
          reason: 'Never scanned',
        },
        scan: { state: 'never' },
      }),
    );
    expect(await screen.findByTestId('scan-state')).toHaveTextContent(
      'No scan',
    );
    expect(screen.queryByTestId('gate')).not.toBeInTheDocument();
    expect(screen.queryByTestId('severity-critical')).not.toBeInTheDocument();
  });

  it('draws a scan that failed without any success as "Scan failed at T" with the reason', async () => {
    const { lastScannedAt: _, ...rest } = summary();
    await render(
      answer({
        ...rest,
        open: zero,
        gate: { state: 'unknown', passed: false, maxCritical: 0 },
        scan: {
          state: 'failed',
          at: '2026-11-20T10:00:00.000Z',
          error: 'aws:image: ECR DescribeImages timed out',
        },
      }),
    );
    expect(await screen.findByTestId('scan-state')).toHaveTextContent(
      'Scan failed at 2026-11-20 10:00 UTC',
    );
    expect(screen.getByTestId('scan-error')).toHaveTextContent(
      'aws:image: ECR DescribeImages timed out',
    );
    expect(screen.queryByTestId('gate')).not.toBeInTheDocument();
  });

  it('keeps the gate of the last success beside a grey "Scan failed" chip', async () => {
    await render(
      answer(
        summary({
          gate: { state: 'passed', passed: true, maxCritical: 0 },
          scan: {
            state: 'failed',
            at: '2026-11-20T11:00:00.000Z',
            error: 'aws:securityhub: denied',
            lastSuccessAt: '2026-11-20T10:00:00.000Z',
          },
        }),
      ),
    );
    expect(await screen.findByTestId('gate')).toHaveTextContent('Gate: pass');
    expect(screen.getByTestId('scan-state')).toHaveTextContent(
      'Scan failed at 2026-11-20 11:00 UTC',
    );
  });

  it('draws an off family as "Not configured" naming the keys', async () => {
    const message =
      'security is not configured: set security.aws.region (or security.dataSource: demo)';
    const notConfigured = await notConfiguredResponseError(message);
    await render(
      fakeApi({
        getSummaries: jest.fn(async () => Promise.reject(notConfigured)),
      }),
    );
    expect(await screen.findByTestId('not-configured')).toHaveTextContent(
      message,
    );
  });
});
