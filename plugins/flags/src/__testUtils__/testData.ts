import { Entity } from '@backstage/catalog-model';
import { testEntities } from '@runway/runway-react/testing';
import { EntityFlagsResponse, FlagsSummary } from '@runway/plugin-flags-common';
import { FlagsApi } from '../api/FlagsApi';

export const entity: Entity = testEntities.component;
export const entityRef = 'component:default/checkout-api';

export const source = {
  kind: 'demo' as const,
  name: 'demo',
  stale: false,
  fetchedAt: '2026-12-01T12:00:00.000Z',
};

export const summary: FlagsSummary = {
  entityRef,
  project: 'checkout-api',
  total: 2,
  stale: 1,
  lastChangedAt: '2026-11-30T13:00:00.000Z',
  state: { state: 'ok', at: source.fetchedAt },
};

export const entityFlags: EntityFlagsResponse = {
  source,
  data: {
    summary,
    flags: [
      {
        name: 'checkout-api.new-payment-flow',
        project: 'checkout-api',
        type: 'release',
        stale: false,
        createdAt: '2026-11-21T13:00:00.000Z',
        lastChangedAt: '2026-11-30T13:00:00.000Z',
        environments: [
          {
            environment: 'dev',
            enabled: true,
            rolloutPct: null,
            strategies: ['default'],
          },
          {
            environment: 'prod',
            enabled: true,
            rolloutPct: 10,
            strategies: ['flexibleRollout'],
          },
        ],
      },
      {
        name: 'checkout-api.old-banner',
        project: 'checkout-api',
        type: 'release',
        stale: true,
        createdAt: '2026-06-01T10:00:00.000Z',
        lastChangedAt: null,
        environments: [
          {
            environment: 'dev',
            enabled: false,
            rolloutPct: null,
            strategies: [],
          },
        ],
      },
    ],
    changes: [
      {
        id: 7,
        flag: 'checkout-api.new-payment-flow',
        environment: 'prod',
        type: 'feature-strategy-update',
        createdAt: '2026-11-30T13:00:00.000Z',
        createdBy: 'alice',
        summary: 'rollout 0 % → 10 % in prod',
      },
    ],
  },
};

export const unannotated: FlagsSummary = {
  entityRef,
  project: null,
  total: null,
  stale: null,
  lastChangedAt: null,
  state: { state: 'never' },
};

export function fakeApi(
  overrides: Partial<FlagsApi> = {},
): jest.Mocked<FlagsApi> {
  return {
    getEntity: jest.fn(async () => entityFlags),
    getSummaries: jest.fn(async () => ({ source, data: { items: [summary] } })),
    getTeam: jest.fn(async () => ({
      source,
      data: {
        team: 'group:default/team-checkout',
        items: [
          { ...unannotated, entityRef: 'component:default/cart-api' },
          summary,
        ],
      },
    })),
    ...overrides,
  } as jest.Mocked<FlagsApi>;
}
