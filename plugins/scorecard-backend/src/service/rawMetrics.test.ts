import type { SecuritySummary } from '@runway/plugin-security-common';
import { costMetrics, deploymentMetrics, securityMetrics } from './rawMetrics';

const summary = (extra: Partial<SecuritySummary> = {}): SecuritySummary => ({
  entityRef: 'component:default/a',
  open: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 },
  bySource: { container: 0, dependency: 0, sast: 0, dast: 0, iac: 0 },
  gate: { passed: true, maxCritical: 0 },
  riskScore: 0,
  ...extra,
});

describe('a number only when a source produced it (#12)', () => {
  it('security: never scanned and failed-without-data are no data; absent scan keeps the counts', () => {
    expect(securityMetrics(summary({ scan: { state: 'never' } }))).toEqual({
      note: 'never scanned: no data',
    });
    expect(
      securityMetrics(
        summary({
          scan: {
            state: 'failed',
            at: '2026-12-01T10:00:00Z',
            error: 'timeout',
          },
        }),
      ),
    ).toEqual({
      note: 'no data: last scan failed at 2026-12-01T10:00:00Z (timeout)',
    });
    // A failed refresh after an earlier success keeps the findings stored then.
    expect(
      securityMetrics(
        summary({
          scan: { state: 'failed', lastSuccessAt: '2026-11-30T00:00:00Z' },
        }),
      ).criticalVulns,
    ).toBe(0);
    expect(securityMetrics(summary()).criticalVulns).toBe(0);
    expect(
      securityMetrics(summary({ scan: { state: 'ok', at: 'x' } }))
        .criticalVulns,
    ).toBe(0);
  });

  it('a figure absent from an item is null, not 0', () => {
    expect(
      deploymentMetrics({ entityRef: 'component:default/a' } as any),
    ).toMatchObject({ deploysPerDay: null, leadTimeHours: null });
    expect(
      costMetrics({ entityRef: 'component:default/a', status: 'ok' } as any),
    ).toMatchObject({ monthlyCostUsd: null, costPerRequestUsd: null });
  });

  it("takes time to restore and rollback time from the deployments family's DORA figures", () => {
    const item = (dora: object, lastDeploy?: object) =>
      ({ entityRef: 'component:default/a', dora, lastDeploy } as any);
    expect(
      deploymentMetrics(
        item(
          {
            timeToRestoreMinutes: 28,
            timeToRestoreHours: 0.5,
            rollbackMinutes: 35,
          },
          { deployedAt: '2026-11-30T14:00:00Z', kind: 'rollback' },
        ),
      ),
    ).toMatchObject({ timeToRestoreMinutes: 28, rollbackMinutes: 35 });
    // Without the DORA figures: hours converted, and the last deploy's own rollback.
    expect(
      deploymentMetrics(
        item(
          { timeToRestoreHours: 0.5, rollbackMinutes: null },
          {
            deployedAt: '2026-11-30T14:00:00Z',
            rolledBackAt: '2026-11-30T14:20:00Z',
          },
        ),
      ),
    ).toMatchObject({ timeToRestoreMinutes: 30, rollbackMinutes: 20 });
    expect(deploymentMetrics(item({ rollbackMinutes: null }))).toMatchObject({
      timeToRestoreMinutes: null,
      rollbackMinutes: null,
    });
  });
});
