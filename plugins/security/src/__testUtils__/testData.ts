import { Entity } from '@backstage/catalog-model';
import {
  EntitySecurityResponse,
  Finding,
  SecuritySummary,
  TrendPoint,
} from '@runway/plugin-security-common';
import { SecurityApi } from '../api/SecurityApi';

export const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'catalog-api',
    namespace: 'default',
    annotations: { 'runway.dev/ecr-repository': 'catalog-api' },
  },
  spec: { type: 'service', owner: 'team-catalog' },
};

const daysAgo = (d: number) =>
  new Date(Date.now() - d * 86_400_000).toISOString();

export const findings: Finding[] = [
  {
    id: 'a'.repeat(64),
    entityRef: 'component:default/catalog-api',
    source: 'container',
    scanner: 'inspector',
    severity: 'high',
    title: 'glibc iconv out-of-bounds write',
    vulnerabilityId: 'CVE-2024-2961',
    packageName: 'glibc',
    installedVersion: '2.36-9+deb12u4',
    fixedVersion: '2.36-9+deb12u7',
    target: 'catalog-api@sha256:9a8b',
    firstSeen: daysAgo(20),
    lastSeen: daysAgo(0),
    status: 'open',
  },
  {
    id: 'b'.repeat(64),
    entityRef: 'component:default/catalog-api',
    source: 'sast',
    scanner: 'sarif:Semgrep OSS',
    severity: 'medium',
    title: 'Weak crypto md5',
    ruleId: 'php.lang.security.weak-crypto',
    target: 'src/Service/CacheKey.php:12',
    firstSeen: daysAgo(10),
    lastSeen: daysAgo(0),
    status: 'open',
  },
  {
    id: 'c'.repeat(64),
    entityRef: 'component:default/catalog-api',
    source: 'container',
    scanner: 'inspector',
    severity: 'critical',
    title: 'OpenSSL SSL_select_next_proto buffer overread',
    vulnerabilityId: 'CVE-2024-5535',
    packageName: 'openssl',
    installedVersion: '3.0.11',
    fixedVersion: '3.0.13',
    target: 'catalog-api@sha256:1111',
    firstSeen: daysAgo(30),
    lastSeen: daysAgo(6),
    fixedAt: daysAgo(6),
    status: 'fixed',
  },
];

export const summary = (
  overrides: Partial<SecuritySummary> = {},
): SecuritySummary => ({
  entityRef: 'component:default/catalog-api',
  open: { critical: 0, high: 1, medium: 1, low: 0, unknown: 0 },
  bySource: { container: 1, dependency: 0, sast: 1, dast: 0, iac: 0 },
  gate: { state: 'passed', passed: true, maxCritical: 0 },
  riskScore: 24,
  lastScannedAt: daysAgo(0),
  scan: { state: 'ok', at: daysAgo(0), lastSuccessAt: daysAgo(0) },
  ...overrides,
});

const trend: TrendPoint[] = Array.from({ length: 90 }, (_, i) => ({
  date: daysAgo(89 - i).slice(0, 10),
  critical: i > 59 && i < 84 ? 1 : 0,
  high: 1,
  medium: 1,
  low: 0,
}));

export function entityResponse(
  opts: { stale?: boolean; findings?: Finding[] } = {},
): EntitySecurityResponse {
  return {
    source: {
      kind: 'demo',
      name: 'demo',
      stale: !!opts.stale,
      fetchedAt: daysAgo(0),
      ...(opts.stale
        ? { error: 'aws:image: Inspector ListFindings was throttled by AWS' }
        : {}),
    },
    data: { summary: summary(), findings: opts.findings ?? findings, trend },
  };
}

export function fakeApi(
  overrides: Partial<SecurityApi> = {},
): jest.Mocked<SecurityApi> {
  return {
    getEntity: jest.fn(async () => entityResponse()),
    getSummaries: jest.fn(async () => ({
      source: entityResponse().source,
      data: { items: [summary()] },
    })),
    getOverview: jest.fn(async () => ({
      source: entityResponse().source,
      data: { items: [summary()] },
    })),
    suppress: jest.fn(async () => undefined),
    unsuppress: jest.fn(async () => undefined),
    ...overrides,
  } as jest.Mocked<SecurityApi>;
}
