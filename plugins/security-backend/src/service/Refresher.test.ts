import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { OriginScan, ScanSource, ScanTarget } from '../sources/types';
import { FindingStore } from './FindingStore';
import { SeverityGates } from './gate';
import { Refresher } from './Refresher';
import { SecurityService, trend } from './SecurityService';
import { ScannedFinding } from './types';

const ref = 'component:default/catalog-api';
const critical: ScannedFinding = {
  source: 'container',
  scanner: 'inspector',
  severity: 'critical',
  title: 'CVE-2024-5535 - openssl',
  vulnerabilityId: 'CVE-2024-5535',
  packageName: 'openssl',
  target: 'catalog-api@sha256:aaa',
};

class ScriptedSource implements ScanSource {
  readonly kind = 'live' as const;
  readonly name = 'aws';
  next: OriginScan[] = [];
  targets: ScanTarget[] = [];
  async prepare() {}
  async scan(target: ScanTarget) {
    this.targets.push(target);
    return this.next;
  }
}

describe('Refresher and SecurityService', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function setup() {
    const knex = await databases.init('SQLITE_3');
    const store = await FindingStore.create({ getClient: async () => knex });
    const source = new ScriptedSource();
    const catalog = catalogServiceMock({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: {
            name: 'catalog-api',
            annotations: { 'runway.dev/ecr-repository': 'catalog-api' },
          },
          spec: {},
        },
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'docs-site' },
          spec: {},
        },
      ],
    });
    let now = new Date('2026-11-20T10:00:00Z');
    const refresher = new Refresher({
      catalog,
      auth: mockServices.auth(),
      source,
      store,
      logger: mockServices.logger.mock(),
      clock: () => now,
    });
    const service = new SecurityService(
      store,
      new SeverityGates({ maxCritical: 0 }),
      source,
      () => now,
    );
    return {
      source,
      refresher,
      service,
      setNow: (d: string) => (now = new Date(d)),
    };
  }

  it('scans only annotated components and flags a failed stream as stale, keeping its data', async () => {
    const { source, refresher, service, setNow } = await setup();
    source.next = [
      { origin: 'aws:image', findings: [critical] },
      { origin: 'aws:securityhub', findings: [] },
    ];
    expect(await refresher.refreshAll()).toEqual({
      targets: 1,
      failedStreams: 0,
      failedServices: 0,
    });
    expect(source.targets).toEqual([
      { entityRef: ref, ecrRepository: 'catalog-api' },
    ]);

    let res = await service.entity(ref);
    expect(res.source).toEqual({
      kind: 'live',
      name: 'aws',
      stale: false,
      fetchedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(res.data.summary.open.critical).toBe(1);
    expect(res.data.summary.gate).toEqual({
      state: 'failed',
      passed: false,
      maxCritical: 0,
      reason: '1 open critical (max 0)',
    });
    expect(res.data.summary.scan).toEqual({
      state: 'ok',
      at: '2026-11-20T10:00:00.000Z',
      lastSuccessAt: '2026-11-20T10:00:00.000Z',
    });

    setNow('2026-11-20T11:00:00Z');
    source.next = [
      {
        origin: 'aws:image',
        error:
          'Inspector ListFindings was throttled by AWS (ThrottlingException)',
      },
      { origin: 'aws:securityhub', findings: [] },
    ];
    expect(await refresher.refreshAll()).toEqual({
      targets: 1,
      failedStreams: 1,
      failedServices: 1,
    });
    res = await service.entity(ref);
    // Failed after an earlier success: the stored findings still gate, served as stale.
    expect(res.data.summary.scan).toEqual({
      state: 'failed',
      at: '2026-11-20T11:00:00.000Z',
      error:
        'aws:image: Inspector ListFindings was throttled by AWS (ThrottlingException)',
      lastSuccessAt: '2026-11-20T10:00:00.000Z',
    });
    expect(res.data.summary.gate.state).toBe('failed');
    expect(res.source).toMatchObject({
      stale: true,
      fetchedAt: '2026-11-20T10:00:00.000Z',
      error: expect.stringContaining(
        'aws:image: Inspector ListFindings was throttled',
      ),
    });
    expect(res.data.findings).toHaveLength(1);
    expect(res.data.findings[0].status).toBe('open');
  });

  it('builds the 90-day trend from first seen and fixed at', () => {
    const now = new Date('2026-11-20T10:00:00Z');
    const points = trend(
      [
        {
          ...critical,
          id: 'a',
          entityRef: ref,
          origin: 'x',
          firstSeen: '2026-11-10T08:00:00.000Z',
          lastSeen: '',
          fixedAt: '2026-11-15T12:00:00.000Z',
        },
        {
          ...critical,
          id: 'b',
          entityRef: ref,
          origin: 'x',
          severity: 'low',
          firstSeen: '2026-08-01T00:00:00.000Z',
          lastSeen: '',
        },
      ],
      now,
    );
    expect(points).toHaveLength(90);
    expect(points[points.length - 1].date).toBe('2026-11-20');
    const at = (d: string) => points.find(p => p.date === d)!;
    expect(at('2026-11-09')).toMatchObject({ critical: 0, low: 1 });
    expect(at('2026-11-10')).toMatchObject({ critical: 1, low: 1 });
    expect(at('2026-11-14')).toMatchObject({ critical: 1 });
    expect(at('2026-11-15')).toMatchObject({ critical: 0 });
  });

  it('gates per service with overrides', () => {
    const gates = new SeverityGates(
      { maxCritical: 0, maxHigh: 2 },
      new Map([['component:default/legacy', { maxCritical: 1 }]]),
    );
    const counts = { critical: 1, high: 3, medium: 0, low: 0, unknown: 0 };
    expect(gates.evaluate(ref, counts)).toEqual({
      state: 'failed',
      passed: false,
      maxCritical: 0,
      maxHigh: 2,
      reason: '1 open critical (max 0), 3 open high (max 2)',
    });
    expect(gates.evaluate('component:default/legacy', counts)).toEqual({
      state: 'passed',
      passed: true,
      maxCritical: 1,
    });
  });

  it('never scanned, or failed without a success, is not clean: the gate is unknown', async () => {
    const { source, refresher, service, setNow } = await setup();
    let res = await service.entity(ref);
    expect(res.data.summary.scan).toEqual({ state: 'never' });
    expect(res.data.summary.gate).toEqual({
      state: 'unknown',
      passed: false,
      maxCritical: 0,
      reason: 'Never scanned',
    });

    source.next = [
      {
        origin: 'aws:image',
        error: 'ECR DescribeImages failed (InternalFailure)',
      },
      { origin: 'aws:securityhub', findings: [] },
    ];
    await refresher.refreshAll();
    res = await service.entity(ref);
    expect(res.data.summary.scan).toEqual({
      state: 'failed',
      at: '2026-11-20T10:00:00.000Z',
      error: 'aws:image: ECR DescribeImages failed (InternalFailure)',
    });
    expect(res.data.summary.gate).toMatchObject({
      state: 'unknown',
      passed: false,
    });
    expect(res.data.summary.open.critical).toBe(0);
    // The overview lists it (grey), though it has no findings.
    const overview = await service.summaries();
    expect(
      overview.data.items.map(i => [i.entityRef, i.scan?.state, i.gate.state]),
    ).toEqual([[ref, 'failed', 'unknown']]);

    // A source that throws (not one of its streams) is a failed attempt too.
    setNow('2026-11-20T11:00:00Z');
    jest
      .spyOn(source, 'scan')
      .mockRejectedValueOnce(new Error('socket hang up'));
    expect(await refresher.refreshAll()).toEqual({
      targets: 1,
      failedStreams: 1,
      failedServices: 1,
    });
    const { data } = await service.summaries([ref]);
    expect(data.items[0].scan).toEqual({
      state: 'failed',
      at: '2026-11-20T11:00:00.000Z',
      error: 'scan failed: socket hang up',
    });
    expect(data.items[0].gate.state).toBe('unknown');
  });

  it('stops starting services once the time budget is spent, recording them as failed', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await FindingStore.create({ getClient: async () => knex });
    const names = ['a', 'b', 'c', 'd', 'e'];
    const catalog = catalogServiceMock({
      entities: names.map(name => ({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name, annotations: { 'runway.dev/ecr-repository': name } },
        spec: {},
      })),
    });
    const source = new ScriptedSource();
    source.next = [{ origin: 'aws:image', findings: [] }];
    jest.spyOn(source, 'scan').mockImplementation(async () => {
      await new Promise(r => setTimeout(r, 40));
      return source.next;
    });
    const refresher = new Refresher({
      catalog,
      auth: mockServices.auth(),
      source,
      store,
      logger: mockServices.logger.mock(),
      concurrency: 1,
      budgetMs: 60,
    });
    const result = await refresher.refreshAll();
    expect(result.targets).toBe(5);
    expect(result.failedServices).toBeGreaterThanOrEqual(2);
    expect(result.failedServices).toBeLessThanOrEqual(3);
    const scans = await store.serviceScansFor(
      names.map(n => `component:default/${n}`),
    );
    expect(scans).toHaveLength(5);
    expect(
      scans.filter(s => s.lastError?.startsWith('refresh ran out of time')),
    ).toHaveLength(result.failedServices);
  });

  it('scans services registered after the full refresh, and costs no upstream call when none are new', async () => {
    const knex = await databases.init('SQLITE_3');
    const store = await FindingStore.create({ getClient: async () => knex });
    const component = (name: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, annotations: { 'runway.dev/ecr-repository': name } },
      spec: {},
    });
    // The catalog is still ingesting at the first refresh: one service of two.
    let registered = [component('a')];
    const catalog = catalogServiceMock.mock({
      getEntities: async () => ({ items: registered }),
    });
    const source = new ScriptedSource();
    source.next = [{ origin: 'aws:image', findings: [critical] }];
    const prepare = jest.spyOn(source, 'prepare');
    const refresher = new Refresher({
      catalog,
      auth: mockServices.auth(),
      source,
      store,
      logger: mockServices.logger.mock(),
    });
    expect((await refresher.refreshAll()).targets).toBe(1);

    registered = [component('a'), component('b')];
    source.targets = [];
    expect((await refresher.refreshNew()).targets).toBe(1);
    expect(source.targets.map(t => t.entityRef)).toEqual([
      'component:default/b',
    ]);
    expect((await store.serviceScanRefs()).sort()).toEqual([
      'component:default/a',
      'component:default/b',
    ]);

    prepare.mockClear();
    source.targets = [];
    expect(await refresher.refreshNew()).toEqual({
      targets: 0,
      failedStreams: 0,
      failedServices: 0,
    });
    expect(prepare).not.toHaveBeenCalled();
    expect(source.targets).toEqual([]);
  });
});
