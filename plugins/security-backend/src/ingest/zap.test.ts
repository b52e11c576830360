import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { CI_TOKEN, startSecurityBackend } from '../__testUtils__/backend';

jest.setTimeout(30_000);

const zap = fs.readFileSync(
  path.join(__dirname, '__fixtures__/zap-baseline.json'),
  'utf8',
);
const ref = 'component:default/checkout-api';

describe('POST /api/security/reports?format=zap', () => {
  let server: Awaited<ReturnType<typeof startSecurityBackend>>['server'];
  beforeEach(async () => {
    ({ server } = await startSecurityBackend());
  });

  const post = (body: string, query = 'format=zap') =>
    request(server)
      .post(`/api/security/reports?entityRef=${ref}&${query}`)
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .set('Content-Type', 'application/json')
      .send(body);
  const findings = async () =>
    (
      await request(server)
        .get(`/api/security/entity?entityRef=${ref}`)
        .set('Authorization', `Bearer ${CI_TOKEN}`)
    ).body.data;

  it('stores ZAP alerts as DAST findings with ZAP risk as severity', async () => {
    const res = await post(zap);
    expect(res.status).toBe(201);
    // Informational "Storable and Cacheable Content" is not a finding.
    expect(res.body).toMatchObject({
      format: 'zap',
      created: true,
      findings: 4,
      suppressed: 1,
    });
    const data = await findings();
    const byRule = Object.fromEntries(
      data.findings.map((f: any) => [f.ruleId, f]),
    );
    expect(Object.keys(byRule).sort()).toEqual([
      '10021',
      '10038-1',
      '10096',
      '40018',
    ]);
    expect(byRule['40018']).toMatchObject({
      source: 'dast',
      scanner: 'zap',
      severity: 'high',
      title: 'SQL Injection (CWE-89)',
      target:
        'https://checkout-api.staging.example.com/api/v1/orders?sort=created_at',
      url: 'https://www.zaproxy.org/docs/alerts/40018/',
      status: 'open',
    });
    expect(byRule['10038-1']).toMatchObject({
      severity: 'medium',
      target:
        'https://checkout-api.staging.example.com/api/v1/health and 1 more',
    });
    expect(byRule['10021'].severity).toBe('low');
    // Confidence 0 is ZAP's False Positive: visible, not counted.
    expect(byRule['10096'].status).toBe('suppressed');
    expect(data.summary.bySource.dast).toBe(3);
    expect(data.summary.open).toMatchObject({ high: 1, medium: 1, low: 1 });
  });

  it('is recognised by its shape without format=zap', async () => {
    const res = await post(zap, 'artifact=staging');
    expect(res.status).toBe(201);
    expect(res.body.format).toBe('zap');
  });

  it('marks an alert gone from the next baseline of the same site as fixed', async () => {
    await post(zap);
    const next = JSON.parse(zap);
    next.site[0].alerts = next.site[0].alerts.filter(
      (a: any) => a.pluginid !== '40018',
    );
    expect((await post(JSON.stringify(next))).status).toBe(201);
    const sqli = (await findings()).findings.find(
      (f: any) => f.ruleId === '40018',
    );
    expect(sqli.status).toBe('fixed');
  });

  it('answers 400 naming the field for a malformed ZAP report', async () => {
    const broken = JSON.parse(zap);
    broken.site[0].alerts[2].riskcode = 'High';
    const res = await post(JSON.stringify(broken));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /Invalid ZAP JSON report: site\.0\.alerts\.2\.riskcode: riskcode must be "0".."3"/,
    );
    const noSites = await post(JSON.stringify({ '@programName': 'ZAP' }));
    expect(noSites.status).toBe(400);
    expect(noSites.body.error.message).toMatch(/site: Required/);
  });

  it('answers 400 for an unknown format parameter', async () => {
    const res = await post(zap, 'format=nessus');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/format/);
  });
});
