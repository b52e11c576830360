import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { CI_TOKEN, startSecurityBackend } from '../__testUtils__/backend';

jest.setTimeout(30_000);

const fixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../__fixtures__', name));
const trivy = fixture('trivy-image.json');
const sarif = fixture('semgrep.sarif.json');
const ref = 'component:default/catalog-api';

describe('POST /api/security/reports', () => {
  let server: Awaited<ReturnType<typeof startSecurityBackend>>['server'];
  beforeEach(async () => {
    ({ server } = await startSecurityBackend({
      config: { security: { ingest: { maxBytes: 64 * 1024 } } },
    }));
  });

  const post = (
    body: Buffer | string,
    entityRef = ref,
    token: string | null = CI_TOKEN,
  ) => {
    const req = request(server).post(
      `/api/security/reports?entityRef=${encodeURIComponent(entityRef)}`,
    );
    if (token) req.set('Authorization', `Bearer ${token}`);
    // A string, so the client sends the bytes as they are.
    return req.set('Content-Type', 'application/json').send(body.toString());
  };
  const findings = async () =>
    (
      await request(server)
        .get(`/api/security/entity?entityRef=${ref}`)
        .set('Authorization', `Bearer ${CI_TOKEN}`)
    ).body.data.findings;

  it('ingests a Trivy SchemaVersion 2 image report', async () => {
    const res = await post(trivy);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      entityRef: ref,
      format: 'trivy',
      created: true,
      findings: 4,
    });

    const stored = await findings();
    const byId = Object.fromEntries(
      stored.map((f: any) => [f.vulnerabilityId ?? f.ruleId, f]),
    );
    expect(byId['CVE-2024-5535']).toMatchObject({
      source: 'container',
      severity: 'critical',
      packageName: 'openssl',
      fixedVersion: '3.0.13-1~deb12u1',
      status: 'open',
      target: expect.stringContaining('catalog-api@sha256:9a8b7c6d'),
    });
    expect(byId['CVE-2024-50340']).toMatchObject({
      source: 'dependency',
      severity: 'high',
      target: 'app/composer.lock',
    });
    expect(byId['AVD-KSV-0014']).toMatchObject({
      source: 'iac',
      target: 'chart/templates/deployment.yaml:31',
    });
  });

  it('ingests a SARIF 2.1.0 log with severities from security-severity and level', async () => {
    const res = await post(sarif);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ format: 'sarif', findings: 2 });
    const stored = await findings();
    expect(
      stored
        .map((f: any) => [f.scanner, f.source, f.severity, f.target])
        .sort(),
    ).toEqual([
      [
        'sarif:Semgrep OSS',
        'sast',
        'high',
        'src/Controller/ImportController.php:42',
      ],
      ['sarif:Semgrep OSS', 'sast', 'medium', 'src/Service/CacheKey.php:12'],
    ]);
  });

  it('is idempotent when the same report is posted again', async () => {
    expect((await post(trivy)).status).toBe(201);
    const first = await findings();
    const again = await post(trivy);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, findings: 4 });
    expect(await findings()).toEqual(first);
  });

  it('marks findings gone from a newer report of the same scanner as fixed', async () => {
    await post(trivy);
    const report = JSON.parse(trivy.toString());
    report.Results[0].Vulnerabilities =
      report.Results[0].Vulnerabilities.filter(
        (v: any) => v.PkgName !== 'openssl',
      );
    expect((await post(JSON.stringify(report))).status).toBe(201);
    const openssl = (await findings()).find(
      (f: any) => f.packageName === 'openssl',
    );
    expect(openssl).toMatchObject({
      status: 'fixed',
      fixedAt: expect.any(String),
    });
  });

  it('answers 401 without a token and with a wrong one, writing nothing', async () => {
    expect((await post(trivy, ref, null)).status).toBe(401);
    expect((await post(trivy, ref, 'not-the-token')).status).toBe(401);
    expect(await findings()).toEqual([]);
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await post('{"SchemaVersion": 2, "Results": [');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not valid JSON/);
  });

  it('answers 400 for a Trivy report of the wrong schema version', async () => {
    const v1 = JSON.stringify({
      ...JSON.parse(trivy.toString()),
      SchemaVersion: 1,
    });
    const res = await post(v1);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /Unsupported Trivy SchemaVersion 1; expected 2/,
    );
  });

  it('answers 400 for an invalid report and keeps earlier findings intact', async () => {
    await post(trivy);
    const before = await findings();
    const broken = JSON.parse(trivy.toString());
    delete broken.Results[1].Vulnerabilities[0].PkgName;
    const res = await post(JSON.stringify(broken));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /Results\.1\.Vulnerabilities\.0\.PkgName/,
    );
    expect(await findings()).toEqual(before);
  });

  it('answers 400 for SARIF of another version and for an unknown format', async () => {
    const old = JSON.stringify({
      ...JSON.parse(sarif.toString()),
      version: '2.0.0',
    });
    expect((await post(old)).body.error.message).toMatch(/expected 2.1.0/);
    const unknown = await post(JSON.stringify({ hello: 'world' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/Unrecognised report/);
  });

  it('answers 413 for a body over the configured limit', async () => {
    const big = JSON.stringify({
      ...JSON.parse(trivy.toString()),
      padding: 'x'.repeat(70 * 1024),
    });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect(await findings()).toEqual([]);
  });

  it('answers 400 for a bad entity ref and 404 for an unknown entity', async () => {
    expect((await post(trivy, 'not a ref:')).status).toBe(400);
    const res = await post(trivy, 'component:default/nope');
    expect(res.status).toBe(404);
  });
});
