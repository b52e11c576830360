import { Entity } from '@backstage/catalog-model';
import {
  complianceBatch,
  costBatch,
  flagsBatch,
  qualityBatch,
  deploymentsBatch,
  securityBatch,
  sloBatch,
} from '../__fixtures__/families';
import { DEFAULT_TARGETS } from '../config';
import { Family, FamilyState } from '@runway/plugin-scorecard-common';
import { FamilyData, joinScorecard } from './join';

const entity = (name: string, owner: string, system: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner, system },
});
const entities = [
  entity('checkout-api', 'team-checkout', 'shop'),
  entity('search-api', 'group:default/team-catalog', 'shop'),
  entity('ledger-api', 'team-payments', 'money'),
];
const refs = entities.map(e => `component:default/${e.metadata.name}`);
const byRef = <T extends { entityRef: string }>(items: T[]) =>
  new Map(items.map(i => [i.entityRef, i]));
const allData: FamilyData = {
  deployments: byRef(deploymentsBatch(refs).data.items),
  slo: byRef(sloBatch(refs).data.items),
  security: byRef(securityBatch(refs).data.items),
  cost: byRef(costBatch(refs).data.items),
  quality: byRef(qualityBatch(refs).data.items),
  compliance: byRef(complianceBatch(refs).data.items),
  flags: byRef(flagsBatch(refs).data.items),
};
const ok = (family: Family): FamilyState => ({ family, status: 'ok' });
const allOk = {
  deployments: ok('deployments'),
  slo: ok('slo'),
  security: ok('security'),
  cost: ok('cost'),
  quality: ok('quality'),
  compliance: ok('compliance'),
  flags: ok('flags'),
};

describe('joinScorecard', () => {
  const { services, teams, systems } = joinScorecard(
    entities,
    allData,
    allOk,
    DEFAULT_TARGETS,
  );
  const checkout = services.find(s => s.name === 'checkout-api')!;
  const ledger = services.find(s => s.name === 'ledger-api')!;

  it.each([
    ['availability', 99.75, 'red', 'improving'],
    ['latencyP95', null, 'red', null],
    ['errorBudget', -0.5, 'red', 'improving'],
    ['deployFrequency', 0.5, 'amber', null],
    ['changeFailureRate', 0.25, 'amber', null],
    ['timeToRestore', 60, 'amber', null],
    ['rollbackTime', 12, 'red', null],
    ['criticalVulns', 1, 'red', null],
    ['monthlyCost', 3000, 'red', 'worsening'],
    ['costPerRequest', 0.025, 'red', null],
    ['testCoverage', 75, 'amber', null],
    ['loadTestP95', 420, 'amber', null],
    ['compliance', 0.8, 'red', null],
    ['backupRpo', 4320, 'red', null],
    ['staleFlags', 2, 'amber', null],
  ] as const)(
    'checkout-api %s = %s, %s, trend %s',
    (metric, value, status, trend) => {
      const cell = checkout.cells[metric];
      expect(cell.value === null ? null : Number(cell.value.toFixed(6))).toBe(
        value,
      );
      expect(cell.status).toBe(status);
      expect(cell.trend).toBe(trend);
    },
  );

  it.each([
    ['availability', 'green'],
    ['latencyP95', 'green'],
    ['errorBudget', 'green'],
    ['deployFrequency', 'green'],
    ['timeToRestore', 'green'],
    ['rollbackTime', 'none'],
    ['criticalVulns', 'green'],
    ['monthlyCost', 'green'],
    ['costPerRequest', 'green'],
    ['testCoverage', 'none'],
    ['loadTestP95', 'none'],
    ['compliance', 'none'],
    ['backupRpo', 'none'],
    ['staleFlags', 'none'],
  ] as const)('ledger-api %s is %s', (metric, status) => {
    expect(ledger.cells[metric].status).toBe(status);
  });

  it('normalises owners and systems to refs and rolls up per team and system', () => {
    expect(services.map(s => [s.name, s.owner, s.system])).toEqual([
      ['checkout-api', 'group:default/team-checkout', 'system:default/shop'],
      ['ledger-api', 'group:default/team-payments', 'system:default/money'],
      ['search-api', 'group:default/team-catalog', 'system:default/shop'],
    ]);
    const shop = systems.find(s => s.ref === 'system:default/shop')!;
    expect(shop.services).toBe(2);
    // Spend adds up; the tightest error budget speaks for the system.
    expect(shop.cells.monthlyCost.value).toBe(3000 + 800);
    expect(shop.cells.errorBudget.value).toBe(-0.5);
    expect(shop.cells.criticalVulns.value).toBe(1);
    expect(systems[0].ref).toBe('system:default/shop'); // most red cells first
    expect(teams).toHaveLength(3);
    expect(teams[0].ref).toBe('group:default/team-checkout');
    expect(teams[0].counts.red).toBeGreaterThan(teams[1].counts.red);
  });

  it('marks the columns of a family that is down and keeps every other column', () => {
    const families = {
      ...allOk,
      security: {
        family: 'security' as const,
        status: 'failed' as const,
        error: 'HTTP 503',
      },
    };
    const partial = joinScorecard(
      entities,
      { ...allData, security: undefined },
      families,
      DEFAULT_TARGETS,
    );
    const row = partial.services.find(s => s.name === 'checkout-api')!;
    expect(row.cells.criticalVulns).toMatchObject({
      status: 'none',
      note: 'security unavailable: HTTP 503',
    });
    expect(row.cells).toEqual({
      ...checkout.cells,
      criticalVulns: row.cells.criticalVulns,
    });
    expect(
      partial.teams.every(t => t.cells.criticalVulns.status === 'none'),
    ).toBe(true);
  });

  it('says why a service has no figures when a family knows nothing of it', () => {
    const stranger = entity('new-api', 'team-checkout', 'shop');
    const { services: rows } = joinScorecard(
      [stranger],
      allData,
      allOk,
      DEFAULT_TARGETS,
    );
    expect(rows[0].cells.availability).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'not returned by the SLO service',
    });
    expect(rows[0].cells.criticalVulns.note).toBe('never scanned');
    expect(rows[0].cells.testCoverage.note).toBe(
      'not returned by the quality service',
    );
    expect(rows[0].cells.staleFlags.note).toBe(
      'not returned by the flags service',
    );
  });

  it('says why a never-measured service has no quality, compliance or flag figures', () => {
    expect(ledger.cells.testCoverage).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'never measured: no CI report ingested',
    });
    expect(ledger.cells.loadTestP95.note).toBe(
      'never measured: no CI report ingested',
    );
    expect(ledger.cells.compliance.note).toBe(
      'never measured: posture not read yet',
    );
    expect(ledger.cells.backupRpo.note).toBe(
      'never measured: posture not read yet',
    );
    expect(ledger.cells.staleFlags.note).toBe(
      'no Unleash project annotated (unleash.io/project)',
    );
  });

  it("names the failing control to fix first on a service's compliance cell", () => {
    expect(checkout.cells.compliance.action).toEqual({
      title: 'Fix RDS.11: RDS instances should have automatic backups enabled',
      url: 'https://docs.aws.amazon.com/console/securityhub/RDS.11/remediation',
    });
    const search = services.find(s => s.name === 'search-api')!;
    expect(search.cells.compliance).toEqual({
      value: 1,
      status: 'green',
      trend: null,
    });
  });

  it('rolls the new columns up: controls weigh equally, the worst RPO and slowest load test speak', () => {
    const shop = systems.find(s => s.ref === 'system:default/shop')!;
    // checkout 16/20 and search 20/20 passed: 36/40.
    expect(shop.cells.compliance).toMatchObject({
      value: 0.9,
      status: 'green',
    });
    expect(shop.cells.backupRpo).toMatchObject({ value: 4320, status: 'red' });
    expect(shop.cells.testCoverage).toMatchObject({
      value: 84,
      status: 'amber',
    });
    // Mean p95 (250 ms) shown; coloured by checkout's 420 / 300 ms.
    expect(shop.cells.loadTestP95).toMatchObject({
      value: 250,
      status: 'amber',
    });
    expect(shop.cells.staleFlags).toMatchObject({ value: 2, status: 'amber' });
    const money = systems.find(s => s.ref === 'system:default/money')!;
    expect(money.cells.staleFlags.status).toBe('none');
    expect(money.cells.compliance.action).toBeUndefined();
  });

  it('keeps an absent family as grey columns that say it is not installed', () => {
    const partial = joinScorecard(
      entities,
      { ...allData, flags: undefined },
      { ...allOk, flags: { family: 'flags', status: 'absent' } },
      DEFAULT_TARGETS,
    );
    expect(partial.services[0].cells.staleFlags).toEqual({
      value: null,
      status: 'none',
      trend: null,
      note: 'flags unavailable: not installed in this backend',
    });
    expect(partial.teams[0].cells.staleFlags.status).toBe('none');
  });
});
