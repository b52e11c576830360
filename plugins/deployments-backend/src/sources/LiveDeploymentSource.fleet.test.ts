import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { StaleCache } from '@runway/runway-node';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  Call,
  EU_URL,
  fakeArgoCd,
  fixtures,
  listCalls,
  MAIN_URL,
  TOKENS,
} from '../__testUtils__/fakeArgoCd';
import { fleet, fleetEntities } from '../__testUtils__/fleet';
import { checkout } from '../__testUtils__/liveSource';
import { ArgoCdClient } from './argocd/ArgoCdClient';
import { AppIndex } from './argocd/appIndex';
import { GithubActionsClient } from './github/GithubActionsClient';
import { LiveDeploymentSource } from './LiveDeploymentSource';
import { FAILED_LOOKUP_MS } from './LookupCache';

const server = setupServer();
registerMswTestHooks(server);

const FRESH_MS = 60_000;
// 500 services x dev/staging/prod, each a copy of a real Application.
const apps = fleet(500);
const entities = fleetEntities();
const targets = entities.map(e => e.target);

function makeFleetSource(mainPayload: unknown = apps) {
  let now = Date.parse('2026-11-20T10:00:00Z');
  const clock = () => now;
  const cache = mockServices.cache.mock();
  const store = new Map<string, any>();
  cache.get.mockImplementation(async (k: string) => store.get(k));
  cache.set.mockImplementation(
    async (k: string, v: any) => void store.set(k, v),
  );
  const calls: Call[] = [];
  server.use(
    ...fakeArgoCd(MAIN_URL, TOKENS.main, mainPayload, calls),
    ...fakeArgoCd(EU_URL, TOKENS.eu, fixtures.euApps, calls),
  );
  const source = new LiveDeploymentSource(
    [
      new ArgoCdClient(
        { name: 'main', url: MAIN_URL, token: TOKENS.main },
        5000,
      ),
      new ArgoCdClient({ name: 'eu', url: EU_URL, token: TOKENS.eu }, 5000),
    ],
    GithubActionsClient.fromConfig(new ConfigReader({}), 1000),
    new StaleCache(cache, { freshForMs: FRESH_MS, now: clock }),
    new StaleCache(cache, { freshForMs: 86_400_000, now: clock }),
    { freshForMs: FRESH_MS, now: clock },
  );
  const appListReads = () =>
    cache.get.mock.calls.filter(([k]) => String(k).endsWith(':apps')).length;
  return {
    source,
    calls,
    appListReads,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

afterEach(() => jest.restoreAllMocks());
jest.setTimeout(60_000);

describe('LiveDeploymentSource over 1,500 real-shaped ArgoCD apps', () => {
  it('matches 100 entities by every selector form and by app name, though no app carries app.kubernetes.io/name', async () => {
    const { source, calls } = makeFleetSource();
    const { byEntity, errors } = await source.list(targets);
    expect(errors).toEqual([]);
    const found = entities.map(({ target }) => [
      target.entityRef,
      (byEntity.get(target.entityRef)?.environments ?? []).length,
    ]);
    expect(found).toEqual(
      entities.map(e => [e.target.entityRef, e.environments]),
    );
    // each entity got its own apps, with the history of the whole list
    for (const { target } of entities) {
      const service = target.entityRef.split('/')[1];
      const mine = byEntity.get(target.entityRef)!;
      expect(
        mine.environments.every(e => e.app.startsWith(`${service}-`)),
      ).toBe(true);
      expect(mine.history.length).toBeGreaterThan(0);
    }
    expect(
      byEntity
        .get(entities[0].target.entityRef)!
        .environments.map(e => [
          e.environment,
          e.health,
          e.revision,
          e.imageTag,
        ]),
    ).toEqual(
      ['dev', 'staging', 'prod'].map(env => [
        env,
        'Healthy',
        apps.items[0].status.sync.revision,
        'latest',
      ]),
    );
    // one list call per instance, asking for every whole app: no label selector, no
    // `fields` (ArgoCD's table of selectable fields has no history)
    const lists = listCalls(calls);
    expect(lists).toHaveLength(2);
    for (const call of lists) {
      const query = new URLSearchParams(call.search);
      expect(query.has('selector')).toBe(false);
      expect(query.has('fields')).toBe(false);
    }
  });

  it('asks only for the configured projects', async () => {
    const calls: Call[] = [];
    server.use(...fakeArgoCd(MAIN_URL, TOKENS.main, apps, calls));
    const client = new ArgoCdClient(
      {
        name: 'main',
        url: MAIN_URL,
        token: TOKENS.main,
        projects: ['team-0', 'team-5'],
      },
      5000,
    );
    const records = await client.listApps();
    expect(new URLSearchParams(calls[0].search).getAll('projects')).toEqual([
      'team-0',
      'team-5',
    ]);
    expect(records).toHaveLength(300);
  });

  it('builds the index once per fetched list: warm requests neither call ArgoCD nor read the cache', async () => {
    const build = jest.spyOn(AppIndex, 'build');
    const { source, calls, appListReads, advance } = makeFleetSource();
    await Promise.all(Array.from({ length: 50 }, () => source.list(targets)));
    for (let i = 0; i < 20; i++) await source.list(targets);
    expect(listCalls(calls)).toHaveLength(2);
    expect(build).toHaveBeenCalledTimes(2);
    expect(appListReads()).toBe(2);

    // past freshness: one refetch per instance, one new index each
    advance(FRESH_MS + 1);
    await Promise.all(Array.from({ length: 10 }, () => source.list(targets)));
    expect(listCalls(calls)).toHaveLength(4);
    expect(build).toHaveBeenCalledTimes(4);

    // past freshness with main down: the held index is served, flagged stale
    advance(FRESH_MS + 1);
    server.use(
      http.get(`${MAIN_URL}/api/v1/applications`, () =>
        HttpResponse.json({ message: 'boom' }, { status: 500 }),
      ),
    );
    const { source: info, byEntity } = await source.list(targets);
    expect(info.stale).toBe(true);
    expect(info.error).toMatch(/ArgoCD main/);
    expect(byEntity.size).toBe(100);
    // eu answered a new list and was re-indexed; main's index was kept
    expect(build.mock.calls.map(([instance]) => instance).sort()).toEqual([
      'eu',
      'eu',
      'eu',
      'main',
      'main',
    ]);
  });
});

describe('LiveDeploymentSource revision lookups', () => {
  const metadataCalls = (calls: Call[]) =>
    calls.filter(c => c.path.endsWith('/metadata')).length;

  async function viewTwice(status: number) {
    const fleetSource = makeFleetSource(fixtures.mainApps);
    server.use(
      http.get(
        `${MAIN_URL}/api/v1/applications/:name/revisions/:rev/metadata`,
        ({ request }) => {
          fleetSource.calls.push({
            method: 'GET',
            path: new URL(request.url).pathname,
            search: '',
            auth: null,
          });
          return HttpResponse.json(
            { error: 'not found', code: 5, message: 'revision not found' },
            { status },
          );
        },
      ),
    );
    const { source } = fleetSource;
    const { byEntity } = await source.list([checkout]);
    const current = byEntity.get(checkout.entityRef)!;
    const first = await source.details(checkout, current);
    const afterFirst = metadataCalls(fleetSource.calls);
    const second = await source.details(checkout, current);
    return { ...fleetSource, current, first, second, afterFirst };
  }

  it('caches a 404 (unknown revision) like a found one: the next view asks nothing', async () => {
    const { calls, first, second, afterFirst } = await viewTwice(404);
    expect(afterFirst).toBe(2);
    expect(metadataCalls(calls)).toBe(2);
    expect(first.errors).toEqual([]);
    expect(second.commitTimes).toEqual({});
  });

  it('remembers a failed lookup briefly: reported on each view, asked again only after the window', async () => {
    const { source, calls, current, first, second, afterFirst, advance } =
      await viewTwice(500);
    expect(afterFirst).toBe(2);
    expect(metadataCalls(calls)).toBe(2);
    expect(first.errors).toEqual([
      { upstream: 'ArgoCD main', message: expect.stringContaining('HTTP 500') },
    ]);
    expect(second.errors).toEqual(first.errors);
    advance(FAILED_LOOKUP_MS + 1);
    await source.details(checkout, current);
    expect(metadataCalls(calls)).toBe(4);
  });
});
