import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createDemoWorld, demoAdrs } from '@runway/demo-node';
import request from 'supertest';
import { adrPlugin } from './plugin';
import { AdrCollatorFactory } from './search/AdrCollatorFactory';
import { AdrReader } from './adr/AdrReader';
import { StaleCache } from '@runway/runway-node';

const world = createDemoWorld({ now: new Date('2026-01-01T00:00:00Z') });
const service = world.services[0];
const FOLDER = `file:///srv/examples/services/${service.name}/docs/adr`;

const entity = (name: string, annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name,
    namespace: 'default',
    annotations: {
      'backstage.io/managed-by-location': `file:/srv/examples/services/${name}/catalog-info.yaml`,
      ...annotations,
    },
  },
  spec: { type: 'service', owner: service.owner, lifecycle: 'production' },
});
const entities = [
  entity(service.name, { 'backstage.io/adr-location': './docs/adr' }),
  entity('no-adrs', {}),
];

const files: Record<string, string> = {
  [`${FOLDER}/README.md`]: '# Decisions\n',
  [`${FOLDER}/template.md`]: '# Title\n',
  [`${FOLDER}/0099-evil.md`]:
    '---\nstatus: proposed\n---\n# Evil\n\n<script>alert(1)</script><b onmouseover="x()">bold</b>\n',
};
for (const adr of demoAdrs(world, service))
  files[`${FOLDER}/${adr.file}`] = adr.markdown;

/** UrlReader over the files above; NotFound for any other folder, as the real readers answer. */
function urlReader() {
  const reader = mockServices.urlReader.mock();
  reader.readTree.mockImplementation(async (url: string) => {
    const prefix = `${url}/`;
    const found = Object.entries(files).filter(([u]) => u.startsWith(prefix));
    if (!found.length) throw new NotFoundError(url);
    return {
      files: async () =>
        found.map(([u, t]) => ({
          path: u.slice(prefix.length),
          content: async () => Buffer.from(t),
        })),
    } as any;
  });
  return reader;
}

async function start(data: object = { runway: { dataSource: 'demo' } }) {
  const { server } = await startTestBackend({
    features: [
      adrPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities }),
      createServiceFactory({
        service: coreServices.urlReader,
        deps: {},
        factory: urlReader,
      }),
    ],
  });
  return server;
}

describe('adr backend', () => {
  it('answers many services in one batch, in the order asked, unknown ones explained', async () => {
    const app = await start();
    const res = await request(app)
      .post('/api/adr/batch')
      .send({
        entityRefs: [service.name, 'component:default/no-adrs', 'ghost'],
      });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'demo', stale: false });
    const [first, none, ghost] = res.body.data.items;
    expect(first.entityRef).toBe(`component:default/${service.name}`);
    expect(first.adrs.length).toBe(demoAdrs(world, service).length + 1);
    expect(none).toMatchObject({
      entityRef: 'component:default/no-adrs',
      adrs: [],
    });
    expect(ghost).toEqual({
      entityRef: 'component:default/ghost',
      adrs: [],
      error: 'No entity component:default/ghost',
    });
    const tooMany = Array.from({ length: 1001 }, (_, i) => `s${i}`);
    expect(
      (await request(app).post('/api/adr/batch').send({ entityRefs: tooMany }))
        .status,
    ).toBe(400);
    expect((await request(app).post('/api/adr/batch').send({})).status).toBe(
      400,
    );
  });

  it('lists the records of the adr-location folder in order, MADR 2 and 3 parsed', async () => {
    const res = await request(await start())
      .get('/api/adr/adrs')
      .query({ entityRef: `component:default/${service.name}` });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'demo', stale: false });
    const { adrs, location } = res.body.data;
    expect(location).toBe(FOLDER);
    const expected = demoAdrs(world, service);
    expect(adrs.map((a: any) => a.file)).toEqual([
      ...expected.map(a => a.file),
      '0099-evil.md',
    ]);
    expect(adrs[0]).toMatchObject({
      number: 1,
      format: 'madr2',
      status: 'accepted',
      title: 'Record architecture decisions',
    });
    expect(adrs[1]).toMatchObject({
      format: 'madr2',
      status: 'superseded',
      supersededBy: expected[expected.length - 1].file,
    });
    expect(adrs[expected.length - 1]).toMatchObject({
      format: 'madr3',
      url: `${FOLDER}/${expected[expected.length - 1].file}`,
    });
    expect(adrs[expected.length - 1].markdown).not.toMatch(/^---/);
  });

  it('sanitizes records: no script, no event handlers', async () => {
    const res = await request(await start())
      .get('/api/adr/adrs')
      .query({ entityRef: service.name });
    const evil = res.body.data.adrs.find((a: any) => a.file === '0099-evil.md');
    expect(evil.markdown).toBe('# Evil\n\n<b>bold</b>\n');
    expect(evil.status).toBe('proposed');
  });

  it('explains an entity without the annotation, and rejects bad or unknown refs', async () => {
    const app = await start();
    const none = await request(app)
      .get('/api/adr/adrs')
      .query({ entityRef: 'component:default/no-adrs' });
    expect(none.body.data).toMatchObject({
      adrs: [],
      error:
        'component:default/no-adrs has no backstage.io/adr-location annotation',
    });
    expect((await request(app).get('/api/adr/adrs')).status).toBe(400);
    expect(
      (
        await request(app)
          .get('/api/adr/adrs')
          .query({ entityRef: 'component:default/ghost' })
      ).status,
    ).toBe(404);
  });
});

describe('AdrCollatorFactory', () => {
  it('indexes every record with a link to the ADRs tab', async () => {
    const factory = new AdrCollatorFactory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      adrs: new AdrReader(
        urlReader(),
        new StaleCache(mockServices.cache.mock() as any, { freshForMs: 0 }),
      ),
    });
    const docs: any[] = [];
    for await (const doc of await factory.getCollator()) docs.push(doc);
    expect(docs).toHaveLength(demoAdrs(world, service).length + 1);
    expect(docs[1]).toMatchObject({
      title: `${demoAdrs(world, service)[1].title} (${service.name})`,
      location: `/catalog/default/component/${
        service.name
      }/adrs?record=${encodeURIComponent(demoAdrs(world, service)[1].file)}`,
      status: 'superseded',
      entityRef: `component:default/${service.name}`,
    });
  });

  it('reads repositories in live mode, which has no upstream config of its own to miss', async () => {
    const res = await request(await start({ runway: { dataSource: 'live' } }))
      .get('/api/adr/adrs')
      .query({ entityRef: `component:default/${service.name}` });
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ kind: 'live', name: 'repository' });
  });

  it('honours adr.dataSource: off with the typed 503', async () => {
    const res = await request(
      await start({
        runway: { dataSource: 'live' },
        adr: { dataSource: 'off' },
      }),
    )
      .get('/api/adr/adrs')
      .query({ entityRef: `component:default/${service.name}` });
    expect(res.status).toBe(503);
    expect(res.body.error.name).toBe('NotConfiguredError');
    expect(res.body.error.message).toContain('adr.dataSource');
  });
});
