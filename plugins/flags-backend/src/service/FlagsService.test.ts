import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { StaleCache } from '@runway/runway-node';
import { FlagSource, ProjectFlags } from '../sources/types';
import { FlagsService } from './FlagsService';

function memoryCache() {
  const store = new Map<string, any>();
  return {
    get: async (k: string) => store.get(k),
    set: async (k: string, v: any) => void store.set(k, v),
    delete: async (k: string) => void store.delete(k),
    withOptions: () => memoryCache(),
  };
}

const component = (name: string, project: string, prefix?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    annotations: {
      'unleash.io/project': project,
      ...(prefix ? { 'unleash.io/feature-prefix': prefix } : {}),
    },
  },
  spec: {},
});

const flag = (name: string, stale = false) => ({
  name,
  project: 'p',
  type: 'release',
  stale,
  createdAt: '2026-11-01T00:00:00.000Z',
  lastChangedAt: '2026-11-02T00:00:00.000Z',
  environments: [],
});

function setup(project: (p: string) => Promise<ProjectFlags>) {
  let now = Date.parse('2026-12-01T12:00:00Z');
  const source: FlagSource & { project: jest.Mock } = {
    kind: 'live',
    name: 'unleash:test',
    project: jest.fn(project),
  };
  const entities = [
    ...Array.from({ length: 50 }, (_, i) =>
      component(`svc-${i}`, 'shared', `svc-${i}.`),
    ),
    component('solo', 'solo'),
  ];
  const service = new FlagsService({
    catalog: catalogServiceMock({ entities }),
    source,
    cache: new StaleCache(memoryCache() as any, {
      freshForMs: 60_000,
      now: () => now,
    }),
    now: () => new Date(now),
  });
  const refs = entities.map(e => `component:default/${e.metadata.name}`);
  return { service, source, refs, advance: (ms: number) => (now += ms) };
}

describe('FlagsService', () => {
  it('reads each project once for a batch of 51 services in 2 projects', async () => {
    const { service, source, refs } = setup(async p => ({
      flags:
        p === 'shared'
          ? [flag('svc-1.a'), flag('svc-1.b', true), flag('svc-2.a')]
          : [flag('x')],
      changes: [],
    }));
    const res = await service.batch(refs, mockCredentials.user());
    expect(source.project.mock.calls.map(c => c[0]).sort()).toEqual([
      'shared',
      'solo',
    ]);
    const byRef = new Map(res.data.items.map(i => [i.entityRef, i]));
    expect(byRef.get('component:default/svc-1')).toMatchObject({
      total: 2,
      stale: 1,
    });
    expect(byRef.get('component:default/svc-3')).toMatchObject({
      total: 0,
      stale: 0,
    });
    expect(byRef.get('component:default/solo')).toMatchObject({ total: 1 });
  });

  it('serves the last good copy flagged stale when Unleash fails, and failed with nothing cached', async () => {
    let fail = false;
    const { service, refs, advance } = setup(async () => {
      if (fail) throw new Error('Unleash is unreachable: ECONNREFUSED');
      return { flags: [flag('svc-1.a')], changes: [] };
    });
    await service.batch([refs[1]], mockCredentials.user());
    fail = true;
    advance(120_000);
    const res = await service.batch(
      [refs[1], refs[50]],
      mockCredentials.user(),
    );
    expect(res.source).toMatchObject({
      stale: true,
      error: 'Unleash is unreachable: ECONNREFUSED',
    });
    expect(res.data.items[0]).toMatchObject({
      total: 1,
      state: {
        state: 'failed',
        error: 'Unleash is unreachable: ECONNREFUSED',
        lastSuccessAt: '2026-12-01T12:00:00.000Z',
      },
    });
    // never read successfully: no numbers, not zero
    expect(res.data.items[1]).toMatchObject({
      total: null,
      stale: null,
      state: { state: 'failed', error: 'Unleash is unreachable: ECONNREFUSED' },
    });
  });

  it('answers flag change times in the order asked, one project read per project, from the same cache as the summaries', async () => {
    const change = (name: string, environment: string | null, at: string) => ({
      id: 1,
      flag: name,
      environment,
      type: 'feature-strategy-update',
      createdAt: at,
      createdBy: 'ada',
      summary: 'rollout',
    });
    const { service, source, refs } = setup(async p => ({
      flags: [],
      changes:
        p === 'shared'
          ? [
              change('svc-2.a', 'prod', '2026-12-01T10:00:00.000Z'),
              change('svc-1.a', 'prod', '2026-12-01T09:00:00.000Z'),
            ]
          : [change('x', null, '2026-11-30T00:00:00.000Z')],
    }));
    const asked = [
      refs[50],
      'component:default/nope',
      refs[2],
      refs[1],
      refs[3],
    ];
    const res = await service.changes(asked, mockCredentials.user());
    expect(res.data.items.map(i => i.entityRef)).toEqual(asked);
    expect(res.data.items.map(i => i.changes)).toEqual([
      [
        {
          flag: 'x',
          environment: null,
          type: 'feature-strategy-update',
          createdAt: '2026-11-30T00:00:00.000Z',
        },
      ],
      null,
      [expect.objectContaining({ flag: 'svc-2.a' })],
      [expect.objectContaining({ flag: 'svc-1.a' })],
      [],
    ]);
    expect(res.data.items[1].state).toEqual({
      state: 'never',
      error: 'No entity component:default/nope',
    });
    expect(source.project).toHaveBeenCalledTimes(2);
    // The scorecard's stale-flags batch right after reads the cache: no project read.
    await service.batch(refs, mockCredentials.user());
    expect(source.project).toHaveBeenCalledTimes(2);
  });

  it('has no change times, not none, for a project that could not be read', async () => {
    const { service, refs } = setup(async () => {
      throw new Error('Unleash is unreachable: ECONNREFUSED');
    });
    const res = await service.changes([refs[50]], mockCredentials.user());
    expect(res.data.items[0]).toMatchObject({
      project: 'solo',
      changes: null,
      state: { state: 'failed', error: 'Unleash is unreachable: ECONNREFUSED' },
    });
    expect(res.source.error).toBe('Unleash is unreachable: ECONNREFUSED');
  });

  it('asks for every distinct project of a batch before any answers', async () => {
    // Every read waits on one gate: rounds of projects would leave all but the first unasked.
    let open = () => {};
    const gate = new Promise<void>(resolve => {
      open = resolve;
    });
    const asked: string[] = [];
    const entities = Array.from({ length: 40 }, (_, i) =>
      component(`svc-${i}`, `team-${i % 20}`),
    );
    const service = new FlagsService({
      catalog: catalogServiceMock({ entities }),
      source: {
        kind: 'live',
        name: 'unleash:test',
        project: async p => {
          asked.push(p);
          await gate;
          return { flags: [flag(`${p}.a`)], changes: [] };
        },
      },
      cache: new StaleCache(memoryCache() as any, { freshForMs: 60_000 }),
    });
    const answer = service.batch(
      entities.map(e => `component:default/${e.metadata.name}`),
      mockCredentials.user(),
    );
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(asked).toHaveLength(20);
    open();
    const { data } = await answer;
    expect(data.items.map(i => i.total)).toEqual(Array(40).fill(1));
  });
});
