import { Entity } from '@backstage/catalog-model';
import {
  costBatch,
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
};
const ok = (family: Family): FamilyState => ({ family, status: 'ok' });
const allOk = {
  deployments: ok('deployments'),
  slo: ok('slo'),
  security: ok('security'),
  cost: ok('cost'),
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
  });
});
