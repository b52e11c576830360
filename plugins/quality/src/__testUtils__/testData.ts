import { Entity } from '@backstage/catalog-model';
import { testEntities } from '@runway/runway-react/testing';
import {
  EntityQualityResponse,
  QualitySummary,
} from '@runway/plugin-quality-common';
import { QualityApi } from '../api/QualityApi';

export const entity: Entity = testEntities.component;
export const entityRef = 'component:default/checkout-api';

const source = {
  kind: 'demo' as const,
  name: 'demo',
  stale: false,
  fetchedAt: '2026-12-01T12:00:00.000Z',
};
const at = (day: number) =>
  `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const provenance = (day: number) => ({
  measuredAt: at(day),
  reportId: String(day).repeat(64).slice(0, 64),
  artifact: `checkout-api:abc12${day}`,
  commit: 'abc1234',
});

export const summary: QualitySummary = {
  entityRef,
  coverage: {
    ...provenance(20),
    linePct: 92.5,
    coveredLines: 37,
    totalLines: 40,
  },
  mutation: {
    ...provenance(20),
    msi: 83.64,
    coveredMsi: 87.32,
    killed: 171,
    escaped: 27,
  },
  phpstan: { ...provenance(20), tool: 'phpstan', errors: 0 },
  psalm: { ...provenance(20), tool: 'psalm', errors: 2 },
  loadTest: {
    ...provenance(21),
    p95Ms: 412.75,
    errorRate: 0.0184,
    rps: 41.556,
    sloThresholdMs: 300,
    withinSlo: false,
  },
  state: { state: 'ok', at: at(21) },
};

export const never: QualitySummary = {
  entityRef,
  coverage: null,
  mutation: null,
  phpstan: null,
  psalm: null,
  loadTest: null,
  state: { state: 'never' },
};

export const entityResponse = (
  s: QualitySummary = summary,
): EntityQualityResponse => ({
  source,
  data: {
    summary: s,
    history: {
      coverage: s.coverage
        ? [{ ...s.coverage, ...provenance(10), linePct: 91 }, s.coverage]
        : [],
      mutation: s.mutation ? [s.mutation] : [],
      phpstan: s.phpstan ? [s.phpstan] : [],
      psalm: s.psalm ? [s.psalm] : [],
      loadTest: s.loadTest ? [s.loadTest] : [],
    },
  },
});

export const fakeApi = (s: QualitySummary = summary) =>
  ({
    getEntity: jest.fn(async () => entityResponse(s)),
    getSummaries: jest.fn(async () => ({ source, data: { items: [s] } })),
  } satisfies QualityApi);
