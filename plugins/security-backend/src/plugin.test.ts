import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createDemoWorld } from '@runway/demo-node';
import request from 'supertest';
import { startSecurityBackend } from './__testUtils__/backend';

jest.setTimeout(30_000);

const catalogApi = 'component:default/catalog-api';

describe('security backend on the demo world', () => {
  it('refreshes on the scheduler, not per request, and serves the story', async () => {
    const { server, refresh, scheduler } = await startSecurityBackend({
      mockAuth: true,
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'security-refresh',
        frequency: { minutes: 60 },
      }),
    );
    const before = await request(server).get(
      `/api/security/entity?entityRef=${catalogApi}`,
    );
    expect(before.status).toBe(200);
    expect(before.body.data.findings).toEqual([]);

    await refresh();
    const res = await request(server).get(
      `/api/security/entity?entityRef=${catalogApi}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({
      kind: 'demo',
      name: 'demo',
      stale: false,
    });

    const { criticalCve } = createDemoWorld({ seed: 42, size: 12 }).story;
    expect(criticalCve.service).toBe('catalog-api');
    const cve = res.body.data.findings.find(
      (f: any) => f.vulnerabilityId === criticalCve.cve,
    );
    expect(cve).toMatchObject({
      severity: 'critical',
      status: 'fixed',
      firstSeen: criticalCve.introducedAt,
      fixedAt: criticalCve.fixedAt,
    });

    // The trend shows the critical while it was open and not after the fixing deploy.
    const trend: Array<{ date: string; critical: number }> =
      res.body.data.trend;
    expect(trend).toHaveLength(90);
    const day = (iso: string) => iso.slice(0, 10);
    const during = trend.find(
      p =>
        p.date > day(criticalCve.introducedAt) &&
        p.date < day(criticalCve.fixedAt),
    )!;
    expect(during.critical).toBeGreaterThanOrEqual(1);
    const open = res.body.data.summary.open;
    expect(trend[trend.length - 1].critical).toBe(open.critical);
  });

  it('answers the batch endpoint for many entities and validates it', async () => {
    const { server, refresh } = await startSecurityBackend({ mockAuth: true });
    await refresh();
    const refs = [
      'component:default/catalog-api',
      'component:default/checkout-api',
      'component:default/unknown',
    ];
    const res = await request(server)
      .post('/api/security/batch')
      .send({ entityRefs: refs });
    expect(res.status).toBe(200);
    expect(res.body.data.items.map((i: any) => i.entityRef)).toEqual(refs);
    const unknown = res.body.data.items[2];
    // Never scanned is not clean: the gate is unknown, not passed.
    expect(unknown).toMatchObject({
      open: { critical: 0, high: 0 },
      gate: { state: 'unknown', passed: false, maxCritical: 0 },
      riskScore: 0,
      scan: { state: 'never' },
    });
    expect(unknown.lastScannedAt).toBeUndefined();
    expect(res.body.data.items[0].scan).toMatchObject({
      state: 'ok',
      at: expect.any(String),
    });
    expect(res.body.data.items[0].gate.state).toMatch(/passed|failed/);

    const tooMany = Array.from(
      { length: 1001 },
      (_, i) => `component:default/s-${i}`,
    );
    expect(
      (
        await request(server)
          .post('/api/security/batch')
          .send({ entityRefs: tooMany })
      ).status,
    ).toBe(400);
    expect(
      (
        await request(server)
          .post('/api/security/batch')
          .send({ entityRefs: ['bad ref:'] })
      ).status,
    ).toBe(400);
    expect(
      (await request(server).post('/api/security/batch').send({})).status,
    ).toBe(400);
  });

  it('fails the gate per configured policy and sorts the overview by risk', async () => {
    const { server, refresh } = await startSecurityBackend({
      mockAuth: true,
      config: {
        security: {
          gate: {
            maxCritical: 0,
            maxHigh: 0,
            overrides: [
              { entityRef: 'component:default/search-api', maxHigh: 5 },
            ],
          },
        },
      },
    });
    await refresh();
    const res = await request(server).get('/api/security/overview');
    expect(res.status).toBe(200);
    const items: any[] = res.body.data.items;
    expect(items.length).toBe(4);
    // The demo's one open critical makes inventory-api the riskiest service.
    expect(items[0]).toMatchObject({
      entityRef: 'component:default/inventory-api',
      open: { critical: 1 },
      gate: { passed: false },
    });
    expect(items[0].gate.reason).toMatch(/1 open critical \(max 0\)/);
    const scores = items.map(i => i.riskScore);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const i of items) {
      const limit = i.entityRef.endsWith('search-api') ? 5 : 0;
      expect(i.gate.passed).toBe(i.open.critical === 0 && i.open.high <= limit);
      expect(i.gate.maxHigh).toBe(limit);
    }
  });

  it('rejects unauthenticated reads', async () => {
    const { server } = await startSecurityBackend({ mockAuth: true });
    const res = await request(server)
      .get(`/api/security/entity?entityRef=${catalogApi}`)
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  describe('suppression', () => {
    async function openFinding(
      permission: AuthorizeResult.ALLOW | AuthorizeResult.DENY,
    ) {
      const backend = await startSecurityBackend({
        mockAuth: true,
        permission,
      });
      await backend.refresh();
      const { body } = await request(backend.server).get(
        '/api/security/entity?entityRef=component:default/checkout-api',
      );
      const finding = body.data.findings.find((f: any) => f.status === 'open');
      expect(finding).toBeDefined();
      return { ...backend, finding, before: body.data.summary.open };
    }
    const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

    it('hides a finding from the counts until it expires, when permitted', async () => {
      const { server, finding, before } = await openFinding(
        AuthorizeResult.ALLOW,
      );
      const put = await request(server)
        .put(`/api/security/findings/${finding.id}/suppression`)
        .send({
          reason: 'Not reachable: the endpoint is internal',
          expiresAt: inAWeek(),
        });
      expect(put.status).toBe(204);
      const { body } = await request(server).get(
        '/api/security/entity?entityRef=component:default/checkout-api',
      );
      const after = body.data.findings.find((f: any) => f.id === finding.id);
      expect(after).toMatchObject({
        status: 'suppressed',
        suppression: {
          reason: 'Not reachable: the endpoint is internal',
          by: 'user:default/mock',
        },
      });
      expect(body.data.summary.open[finding.severity]).toBe(
        before[finding.severity] - 1,
      );

      expect(
        (
          await request(server).delete(
            `/api/security/findings/${finding.id}/suppression`,
          )
        ).status,
      ).toBe(204);
      const again = await request(server).get(
        '/api/security/entity?entityRef=component:default/checkout-api',
      );
      expect(again.body.data.summary.open).toEqual(before);
    });

    it('refuses without the security.suppress permission', async () => {
      const { server, finding } = await openFinding(AuthorizeResult.DENY);
      const res = await request(server)
        .put(`/api/security/findings/${finding.id}/suppression`)
        .send({ reason: 'Not reachable', expiresAt: inAWeek() });
      expect(res.status).toBe(403);
    });

    it('validates reason, expiry and id', async () => {
      const { server, finding } = await openFinding(AuthorizeResult.ALLOW);
      const put = (id: string, body: object) =>
        request(server)
          .put(`/api/security/findings/${id}/suppression`)
          .send(body);
      expect(
        (await put(finding.id, { reason: 'x', expiresAt: inAWeek() })).status,
      ).toBe(400);
      expect(
        (
          await put(finding.id, {
            reason: 'Not reachable',
            expiresAt: '2000-01-01T00:00:00Z',
          })
        ).status,
      ).toBe(400);
      expect(
        (await put(finding.id, { reason: 'Not reachable', expiresAt: 'soon' }))
          .status,
      ).toBe(400);
      expect(
        (
          await put('0'.repeat(64), {
            reason: 'Not reachable',
            expiresAt: inAWeek(),
          })
        ).status,
      ).toBe(404);
    });
  });
});
