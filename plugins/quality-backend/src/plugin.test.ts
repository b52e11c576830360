import { BATCH_LIMIT } from '@runway/runway-node';
import request from 'supertest';
import {
  CI_TOKEN,
  fixture,
  SPEC_URL,
  startQualityBackend,
} from './__testUtils__/backend';

jest.setTimeout(30_000);

const checkout = 'component:default/checkout-api';
const cart = 'component:default/cart-api';
const COMMIT = '9f2c4e1a7b3d5f60819a2b3c4d5e6f7081928374';

describe('quality backend', () => {
  let server: Awaited<ReturnType<typeof startQualityBackend>>['server'];
  let readUrl: Awaited<ReturnType<typeof startQualityBackend>>['readUrl'];
  beforeEach(async () => {
    ({ server, readUrl } = await startQualityBackend({
      config: { quality: { dataSource: 'live', ingest: { maxBytes: 32768 } } },
    }));
  });

  const post = (
    format: string,
    body: Buffer | string,
    {
      entityRef = checkout,
      token = CI_TOKEN as string | null,
      extra = '',
    } = {},
  ) => {
    const req = request(server).post(
      `/api/quality/reports?entityRef=${encodeURIComponent(
        entityRef,
      )}&format=${format}${extra}`,
    );
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.set('Content-Type', 'application/octet-stream').send(body);
  };
  const entity = async (ref = checkout) =>
    (
      await request(server)
        .get(`/api/quality/entity?entityRef=${encodeURIComponent(ref)}`)
        .set('Authorization', `Bearer ${CI_TOKEN}`)
    ).body;

  it('answers never-measured services with state never and null figures', async () => {
    const body = await entity(cart);
    expect(body.source).toMatchObject({ kind: 'live', name: 'ci-reports' });
    expect(body.data.summary).toEqual({
      entityRef: cart,
      coverage: null,
      mutation: null,
      phpstan: null,
      psalm: null,
      loadTest: null,
      state: { state: 'never' },
    });
    expect(body.data.history.coverage).toEqual([]);
  });

  it('ingests every format and answers the latest of each with its provenance', async () => {
    const extra = `&artifact=checkout-api:9f2c4e1&commit=${COMMIT}`;
    for (const [format, file] of [
      ['clover', 'clover.xml'],
      ['infection', 'infection.json'],
      ['phpstan', 'phpstan.json'],
      ['psalm', 'psalm.json'],
      ['k6', 'k6-summary-export.json'],
    ]) {
      const res = await post(format, fixture(file), { extra });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ format, created: true });
    }
    const { summary } = (await entity()).data;
    const provenance = {
      artifact: 'checkout-api:9f2c4e1',
      commit: COMMIT,
      measuredAt: expect.any(String),
      reportId: expect.stringMatching(/^[0-9a-f]{64}$/),
    };
    expect(summary.coverage).toEqual({
      ...provenance,
      linePct: 92.5,
      coveredLines: 37,
      totalLines: 40,
    });
    expect(summary.mutation).toMatchObject({ msi: 83.64, coveredMsi: 87.32 });
    expect(summary.phpstan).toMatchObject({ tool: 'phpstan', errors: 3 });
    expect(summary.psalm).toMatchObject({ tool: 'psalm', errors: 2 });
    // The threshold is the spec's le="0.3", read through the UrlReader.
    expect(summary.loadTest).toMatchObject({
      p95Ms: 187.36,
      rps: 59.80738165232584,
      sloThresholdMs: 300,
      withinSlo: true,
    });
    expect(readUrl).toHaveBeenCalledWith(SPEC_URL, expect.anything());
    expect(summary.state).toEqual({
      state: 'ok',
      at: summary.loadTest.measuredAt,
    });
  });

  it('judges a slow load test against the threshold', async () => {
    await post('k6', fixture('k6-handle-summary.json'));
    const { loadTest } = (await entity()).data.summary;
    expect(loadTest).toMatchObject({
      p95Ms: 412.75,
      errorRate: 0.0184,
      sloThresholdMs: 300,
      withinSlo: false,
    });
  });

  it('says why a load test has no threshold when the service has no SLO spec', async () => {
    await post('k6', fixture('k6-summary-export.json'), { entityRef: cart });
    const { loadTest } = (await entity(cart)).data.summary;
    expect(loadTest).toMatchObject({
      sloThresholdMs: null,
      withinSlo: null,
      sloThresholdError: expect.stringMatching(
        /no runway.dev\/slo-location annotation/,
      ),
    });
  });

  it('keeps every report as history, oldest first, and recognises a repost', async () => {
    const first = fixture('clover.xml').toString();
    const second = first.replace(
      'statements="40" coveredstatements="37"',
      'statements="40" coveredstatements="39"',
    );
    expect((await post('clover', first)).status).toBe(201);
    // Measured at the time of receipt: let the clock move on.
    await new Promise(resolve => setTimeout(resolve, 5));
    expect((await post('clover', second)).status).toBe(201);
    const again = await post('clover', second);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    const { summary, history } = (await entity()).data;
    expect(history.coverage.map((c: any) => c.linePct)).toEqual([92.5, 97.5]);
    expect(summary.coverage.linePct).toBe(97.5);
  });

  it('answers 401 without the CI token or with a wrong one, storing nothing', async () => {
    expect(
      (await post('clover', fixture('clover.xml'), { token: null })).status,
    ).toBe(401);
    expect(
      (await post('clover', fixture('clover.xml'), { token: 'wrong' })).status,
    ).toBe(401);
    expect((await entity()).data.summary.state.state).toBe('never');
  });

  it('answers clear 400s for a missing or unknown format, a bad commit and garbage', async () => {
    const missing = await request(server)
      .post(`/api/quality/reports?entityRef=${checkout}`)
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send('x');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe(
      'format: must be one of clover, infection, phpstan, psalm, k6',
    );
    expect((await post('jacoco', '<report/>')).body.error.message).toMatch(
      /^format: must be one of/,
    );
    const commit = await post('clover', fixture('clover.xml'), {
      extra: '&commit=main',
    });
    expect(commit.status).toBe(400);
    expect(commit.body.error.message).toMatch(/commit: must be a commit sha/);
    const garbage = await post('infection', fixture('clover.xml'));
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toMatch(
      /^Infection JSON log is not valid JSON/,
    );
    const empty = await post('k6', '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^Empty body: post a clover/);
    expect((await entity()).data.summary.state.state).toBe('never');
  });

  it('answers 404 for an entity the catalog does not know and 413 over the limit', async () => {
    const unknown = await post('clover', fixture('clover.xml'), {
      entityRef: 'component:default/nope',
    });
    expect(unknown.status).toBe(404);
    const big = await post('psalm', `[${' '.repeat(40_000)}]`);
    expect(big.status).toBe(413);
  });

  it('answers the batch in the order asked, normalising refs', async () => {
    await post('clover', fixture('clover.xml'));
    // Every family's batch names the kind.
    const bare = await request(server)
      .post('/api/quality/batch')
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send({ entityRefs: ['cart-api'] });
    expect(bare.status).toBe(400);
    const ok = await request(server)
      .post('/api/quality/batch')
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send({ entityRefs: [cart, 'Component:default/checkout-api'] });
    expect(ok.status).toBe(200);
    expect(
      ok.body.data.items.map((i: any) => [i.entityRef, i.state.state]),
    ).toEqual([
      [cart, 'never'],
      [checkout, 'ok'],
    ]);
    expect(ok.body.data.items[1].coverage.linePct).toBe(92.5);

    // The scorecard asks for the figures it reads, and gets only those.
    const some = await request(server)
      .post('/api/quality/batch')
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send({
        entityRefs: [cart, checkout],
        fields: ['state.state', 'coverage.linePct'],
      });
    expect(some.status).toBe(200);
    expect(some.body.data.items).toEqual([
      { entityRef: cart, state: { state: 'never' }, coverage: null },
      {
        entityRef: checkout,
        state: { state: 'ok' },
        coverage: { linePct: 92.5 },
      },
    ]);
    const badField = await request(server)
      .post('/api/quality/batch')
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send({ entityRefs: [cart], fields: ['coverage..linePct'] });
    expect(badField.status).toBe(400);
    expect(badField.body.error.message).toMatch(/^fields\.0: /);
  });

  it('answers 400 for an empty batch or one over the limit, 401 without credentials', async () => {
    const batch = (entityRefs: string[]) =>
      request(server)
        .post('/api/quality/batch')
        .set('Authorization', `Bearer ${CI_TOKEN}`)
        .send({ entityRefs });
    expect((await batch([])).status).toBe(400);
    const many = Array.from(
      { length: BATCH_LIMIT + 1 },
      (_, i) => `component:default/s${i}`,
    );
    expect((await batch(many)).status).toBe(400);
    expect(
      (
        await request(server)
          .post('/api/quality/batch')
          .send({ entityRefs: [cart] })
      ).status,
    ).toBe(401);
  });
});

describe('quality backend in demo mode', () => {
  it('fills the store from the demo world, labelled demo', async () => {
    const { server } = await startQualityBackend({
      config: { quality: { dataSource: 'demo' } },
    });
    const res = await request(server)
      .post('/api/quality/batch')
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .send({
        entityRefs: [
          checkout,
          'component:default/reviews-api',
          'component:default/notifications-worker',
          'component:default/not-in-the-world',
        ],
      });
    expect(res.body.source.kind).toBe('demo');
    const [slow, lowCoverage, worker, unknown] = res.body.data.items;
    // The failed canary's service: the last load test is above its SLO threshold.
    expect(slow.loadTest.withinSlo).toBe(false);
    expect(slow.loadTest.p95Ms).toBeGreaterThan(slow.loadTest.sloThresholdMs);
    expect(slow.coverage.linePct).toBeGreaterThanOrEqual(90);
    expect(lowCoverage.coverage.linePct).toBeLessThan(90);
    expect(lowCoverage.loadTest.withinSlo).toBe(true);
    expect(worker.loadTest).toBeNull();
    expect(worker.coverage.artifact).toMatch(
      /^notifications-worker:[0-9a-f]{7}$/,
    );
    expect(unknown.state).toEqual({ state: 'never' });
  });
});
