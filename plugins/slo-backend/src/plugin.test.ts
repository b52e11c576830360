import path from 'path';
import request from 'supertest';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { createDemoWorld, serviceEntity } from '@runway/demo-node';
import {
  EntitySlosResponse,
  SloBatchResponse,
} from '@runway/plugin-slo-common';
import { sloPlugin } from './plugin';
import { localFilesUrlReaderFactory } from '@runway/runway-node';

// The real generated examples/ folder, read through the local-folder UrlReader, as the
// embedded default app does.
const examples = path.resolve(__dirname, '../../../examples');
const world = createDemoWorld();
const located = (entity: Entity, file: string): Entity => ({
  ...entity,
  metadata: {
    ...entity.metadata,
    annotations: {
      ...entity.metadata.annotations,
      'backstage.io/managed-by-location': `file:${file}`,
    },
  },
});
const services = world.services.map(s =>
  located(
    serviceEntity(s),
    path.join(examples, 'services', s.name, 'catalog-info.yaml'),
  ),
);
const noSpec: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy' },
  spec: {},
};
const missingSpec = located(
  {
    ...noSpec,
    metadata: {
      name: 'ghost',
      annotations: { 'runway.dev/slo-location': './slo/slo.yaml' },
    },
  },
  path.join(examples, 'services', 'ghost', 'catalog-info.yaml'),
);

async function start() {
  const { server } = await startTestBackend({
    features: [
      sloPlugin,
      localFilesUrlReaderFactory,
      catalogServiceMock.factory({
        entities: [...services, noSpec, missingSpec],
      }),
      mockServices.rootConfig.factory({
        data: {
          runway: {
            dataSource: 'demo',
            demo: { seed: 42, size: 12 },
            localFiles: { allowedRoots: [examples] },
          },
        },
      }),
    ],
  });
  return server;
}

describe('slo backend on the demo world', () => {
  it('serves one entity with its two SLOs and a burn-down', async () => {
    const server = await start();
    const res = await request(server)
      .get('/api/slo/entity')
      .query({ entityRef: 'component:default/checkout-api' });
    expect(res.status).toBe(200);
    const body = res.body as EntitySlosResponse;
    expect(body.source).toMatchObject({
      kind: 'demo',
      name: 'demo',
      stale: false,
    });
    expect(body.data.slos.map(s => [s.name, s.objective])).toEqual([
      ['requests-availability', world.services[0].availabilityTarget],
      ['requests-latency', 95],
    ]);
    const availability = body.data.slos[0];
    expect(availability.series).toHaveLength(720);
    expect(availability.series![719].remaining).toBeCloseTo(
      availability.budget.remaining!,
      6,
    );
    expect(availability.sli).toBeGreaterThan(0.99);
  });

  it('shows the story: the paging service pages, the ticket service tickets', async () => {
    const server = await start();
    const res = await request(server).get('/api/slo/all');
    expect(res.status).toBe(200);
    const items = (res.body as SloBatchResponse).data.items;
    const status = (name: string) =>
      items
        .find(i => i.entityRef === `component:default/${name}`)!
        .slos.map(s => s.status);
    const [page, ticket] = world.story.firingAlerts;
    expect(status(page.service)).toContain('page');
    expect(status(ticket.service)).toContain('ticket');
    const pageSlo = items
      .find(i => i.entityRef.endsWith(`/${page.service}`))!
      .slos.find(s => s.status === 'page')!;
    expect(pageSlo.alerts).toEqual([
      expect.objectContaining({ alertname: page.alertname, severity: 'page' }),
    ]);
    // every demo service plus the one whose spec is missing
    expect(items).toHaveLength(13);
    expect(
      items.find(i => i.entityRef === 'component:default/ghost')!.error,
    ).toMatch(/Cannot read the SLO spec at file:.*No file/);
    expect(items[0].slos[0].series).toBeUndefined();
  });

  it('batches entity refs and reports the unknown ones', async () => {
    const server = await start();
    const res = await request(server)
      .post('/api/slo/batch')
      .send({
        entityRefs: [
          'component:default/payments-api',
          'component:default/nope',
          'component:default/legacy',
        ],
      });
    expect(res.status).toBe(200);
    const items = (res.body as SloBatchResponse).data.items;
    expect(items.map(i => [i.entityRef, i.slos.length, i.error])).toEqual([
      ['component:default/payments-api', 2, undefined],
      [
        'component:default/legacy',
        0,
        'component:default/legacy has no runway.dev/slo-location annotation',
      ],
      ['component:default/nope', 0, 'No entity component:default/nope'],
    ]);
  });

  it.each([
    [{}, 'entityRefs: Required'],
    [
      { entityRefs: [] },
      'entityRefs: Array must contain at least 1 element(s)',
    ],
    [
      {
        entityRefs: Array.from(
          { length: 1001 },
          (_, i) => `component:default/s${i}`,
        ),
      },
      'entityRefs: Array must contain at most 1000 element(s)',
    ],
    [{ entityRefs: ['component:'] }, 'entityRefs.0:'],
  ])('rejects a bad batch body %#', async (body, message) => {
    const server = await start();
    const res = await request(server).post('/api/slo/batch').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('rejects a missing entityRef and 404s an unknown entity', async () => {
    const server = await start();
    expect((await request(server).get('/api/slo/entity')).status).toBe(400);
    const res = await request(server)
      .get('/api/slo/entity')
      .query({ entityRef: 'component:default/nope' });
    expect(res.status).toBe(404);
  });
});
