import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CacheService } from '@backstage/backend-plugin-api';
import { SourceInfo } from '@runway/runway-common';
import { StaleCache } from '@runway/runway-node';
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
import { FamilyClient } from '../sources/FamilyClient';
import { FAMILIES, Family } from '@runway/plugin-scorecard-common';
import { ScorecardService } from './ScorecardService';

function memoryCache(): CacheService {
  const store = new Map<string, any>();
  const cache: CacheService = {
    get: async key => store.get(key),
    set: async (key, value) => void store.set(key, value),
    delete: async key => void store.delete(key),
    withOptions: () => cache,
  };
  return cache;
}

const entity = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', owner: 'team-a' },
});

function setup() {
  let clock = 1_000_000;
  const fail = new Set<Family>();
  const read = jest.fn(async (family: Family, refs: string[]) => {
    if (fail.has(family)) throw new Error(`${family} down`);
    const answers = {
      deployments: deploymentsBatch,
      slo: sloBatch,
      security: securityBatch,
      cost: costBatch,
      quality: qualityBatch,
      compliance: complianceBatch,
      flags: flagsBatch,
    };
    const body: { source: SourceInfo; data: { items: unknown[] } } =
      answers[family](refs);
    return { source: body.source, items: body.data.items };
  });
  const service = new ScorecardService({
    catalog: catalogServiceMock({
      entities: [entity('a-api'), entity('b-api')],
    }),
    auth: mockServices.auth(),
    families: { read } as unknown as FamilyClient,
    familyCache: new StaleCache(memoryCache(), {
      freshForMs: 60_000,
      now: () => clock,
    }),
    logger: mockServices.logger.mock(),
    targets: DEFAULT_TARGETS,
    cacheSeconds: 60,
    now: () => clock,
  });
  return { service, read, fail, advance: (ms: number) => (clock += ms) };
}

describe('ScorecardService', () => {
  it('builds once for concurrent first loads, then serves the page until it expires', async () => {
    const { service, read, advance } = setup();
    const pages = await Promise.all([
      service.get(),
      service.get(),
      service.get(),
    ]);
    expect(new Set(pages).size).toBe(1);
    // One read per family per build, whatever the number of services.
    expect(read).toHaveBeenCalledTimes(FAMILIES.length);
    expect(pages[0].response.data.services.map(s => s.name)).toEqual([
      'a-api',
      'b-api',
    ]);
    advance(59_000);
    await service.get();
    // One read per family per build, whatever the number of services.
    expect(read).toHaveBeenCalledTimes(FAMILIES.length);
  });

  it('answers the previous page while the next one builds, then the new one', async () => {
    const { service, read, advance } = setup();
    const first = await service.get();
    advance(61_000);
    const during = await service.get();
    expect(during).toBe(first);
    await new Promise(r => setTimeout(r, 10));
    const after = await service.get();
    expect(after).not.toBe(first);
    expect(
      after.response.data.generatedAt > first.response.data.generatedAt,
    ).toBe(true);
    expect(read).toHaveBeenCalledTimes(2 * FAMILIES.length);
  });

  it("keeps a family's last good answer, flagged stale, when it fails later", async () => {
    const { service, fail, advance } = setup();
    await service.get();
    fail.add('security');
    advance(61_000);
    await service.get();
    await new Promise(r => setTimeout(r, 10));
    const page = await service.get();
    expect(page.response.data.families.security).toMatchObject({
      status: 'stale',
      error: 'security down',
    });
    expect(page.response.data.services[0].cells.criticalVulns.value).toBe(1);
    expect(page.response.source.stale).toBe(true);
  });
});
