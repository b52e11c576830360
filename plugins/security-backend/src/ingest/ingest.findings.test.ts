import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { upstreamFixturePath } from '@runway/runway-node';
import { CI_TOKEN, startSecurityBackend } from '../__testUtils__/backend';

jest.setTimeout(30_000);

// Reports written by the tools themselves (see SOURCES.md there), read in place.
const real = (name: string) =>
  fs.readFileSync(upstreamFixturePath(name), 'utf8');
const own = (name: string) =>
  fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');
const projectFixture = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../__fixtures__', name), 'utf8');
const ref = 'component:default/catalog-api';

describe('POST /api/security/reports keeps every finding visible', () => {
  let server: Awaited<ReturnType<typeof startSecurityBackend>>['server'];
  beforeEach(async () => {
    ({ server } = await startSecurityBackend());
  });

  const post = (body: string, query: Record<string, string> = {}) =>
    request(server)
      .post('/api/security/reports')
      .query({ entityRef: ref, ...query })
      .set('Authorization', `Bearer ${CI_TOKEN}`)
      .set('Content-Type', 'application/json')
      .send(body);
  const entity = async () =>
    (
      await request(server)
        .get('/api/security/entity')
        .query({ entityRef: ref })
        .set('Authorization', `Bearer ${CI_TOKEN}`)
    ).body.data;
  const findings = async () => (await entity()).findings as any[];

  it('ingests Trivy secrets, so a leaked AWS key fails the gate', async () => {
    const res = await post(own('trivy-fs-secrets.json'));
    expect(res.status).toBe(201);
    const secrets = (await findings()).filter(f =>
      f.ruleId?.startsWith('aws-'),
    );
    expect(
      secrets
        .map(f => [f.ruleId, f.title, f.severity, f.target, f.status])
        .sort(),
    ).toEqual([
      [
        'aws-access-key-id',
        'AWS Access Key ID',
        'critical',
        'config/packages/aws.yaml:7',
        'open',
      ],
      [
        'aws-secret-access-key',
        'AWS Secret Access Key',
        'critical',
        'config/packages/aws.yaml:8',
        'open',
      ],
    ]);
    expect((await entity()).summary.gate.passed).toBe(false);
  });

  it('reads affected vulnerabilities without a fix, integer vendor severities and summary-only misconfigurations', async () => {
    const res = await post(own('trivy-fs-quirks.json'));
    expect(res.status).toBe(201);
    const byKey = Object.fromEntries(
      (await findings()).map(f => [f.vulnerabilityId ?? f.ruleId, f]),
    );
    // Severity UNKNOWN: the vendor Trivy names (ghsa: 3) decides.
    expect(byKey['CVE-2026-10001']).toMatchObject({
      severity: 'high',
      status: 'open',
      installedVersion: '2.4.1',
    });
    expect(byKey['CVE-2026-10001'].fixedVersion).toBeUndefined();
    // No Severity at all: the most severe vendor rating (nvd: 4).
    expect(byKey['CVE-2026-10002']).toMatchObject({
      severity: 'critical',
      packageName: 'symfony/http-client',
    });
    // Two failures reported only as a count are one visible finding, not nothing.
    expect(byKey['trivy:misconf-summary']).toMatchObject({
      source: 'iac',
      target: 'deploy/terraform/main.tf',
      title: expect.stringMatching(/^2 misconfigurations failed/),
    });
    expect(res.body).toMatchObject({ stored: 3, findings: 3 });
  });

  it('stores a SARIF result suppressed in source as suppressed: visible, not counted by the gate', async () => {
    const res = await post(real('sarif/semgrep-nosemgrep-and-error.sarif'));
    expect(res.status).toBe(201);
    const [finding] = await findings();
    expect(finding).toMatchObject({
      ruleId: 'rules.eqeq-is-bad',
      target: 'targets/nosemgrep/eqeq-nosemgrep.py:2',
      status: 'suppressed',
      suppression: {
        reason: expect.stringContaining('inSource'),
        by: 'sarif:Semgrep OSS',
      },
    });
    const { summary } = await entity();
    expect(summary.open.high).toBe(0);
    expect(res.body).toMatchObject({
      stored: 1,
      new: 1,
      fixed: 0,
      suppressed: 1,
    });

    // The comment is removed: the next report lifts the suppression.
    const log = JSON.parse(real('sarif/semgrep-nosemgrep-and-error.sarif'));
    delete log.runs[0].results[0].suppressions;
    expect((await post(JSON.stringify(log))).body).toMatchObject({
      stored: 1,
      new: 0,
      suppressed: 0,
    });
    expect((await findings())[0]).toMatchObject({ status: 'open' });
    expect((await findings())[0].suppression).toBeUndefined();
  });

  it("keeps Trivy's SARIF results for two packages with one CVE apart", async () => {
    // alpine-310: CVE-2019-1549 and CVE-2019-1551, each in libcrypto1.1 and libssl1.1, all at line 1.
    const res = await post(real('trivy/alpine-310.sarif.golden'));
    expect(res.status).toBe(201);
    expect(await findings()).toHaveLength(4);
    expect(res.body).toMatchObject({ findings: 4, stored: 4 });
  });

  it('keeps results of two CodeQL runs and distinct columns, messages and runs apart, and counts after merging', async () => {
    const codeql = await post(real('sarif/codeql-action-valid-sarif.sarif'));
    expect(await findings()).toHaveLength(3);
    expect(codeql.body).toMatchObject({ findings: 3, stored: 3 });

    // 6 results: two columns on one line, two messages on a line without a column, an
    // exact duplicate (one finding), and the same result in a second run of the tool.
    const res = await post(own('semgrep-two-runs.sarif'));
    expect(
      (await findings()).filter(f => f.scanner === 'sarif:Semgrep OSS'),
    ).toHaveLength(5);
    expect(res.body).toMatchObject({
      findings: 5,
      stored: 5,
      new: 5,
      fixed: 0,
    });
  });

  it('replaces only the findings of the same scanner and artifact', async () => {
    const image = await post(projectFixture('trivy-image.json'));
    // A filesystem scan of the repository by the same scanner is another artifact.
    const fsScan = await post(real('trivy/composer.lock.json.golden'));
    const all = await findings();
    expect(all).toHaveLength(5);
    expect(all.filter(f => f.status === 'open')).toHaveLength(5);
    expect(image.body).toMatchObject({ stored: 4, new: 4 });
    expect(fsScan.body).toMatchObject({ stored: 1, new: 1, fixed: 0 });

    // An artifact named by the request: two scans of the same log stay apart.
    const sarif = projectFixture('semgrep.sarif.json');
    expect(
      (await post(sarif, { artifact: 'services/catalog-api' })).body,
    ).toMatchObject({ stored: 2, new: 2 });
    const other = JSON.parse(sarif);
    other.runs[0].results = [];
    expect(
      (
        await post(JSON.stringify(other), {
          artifact: 'services/search-worker',
        })
      ).body,
    ).toMatchObject({
      stored: 0,
      fixed: 0,
    });
    expect((await findings()).filter(f => f.status === 'open')).toHaveLength(7);
    // The same artifact again: its findings are fixed, and only those.
    expect(
      (await post(JSON.stringify(other), { artifact: 'services/catalog-api' }))
        .body,
    ).toMatchObject({
      stored: 0,
      fixed: 2,
    });
    expect((await findings()).filter(f => f.status === 'open')).toHaveLength(5);
  });

  it('accepts SARIF without runs[].tool, naming the scanner from the request or unknown', async () => {
    const checkov = own('checkov-no-tool.sarif');
    const named = await post(checkov, { scanner: 'checkov' });
    expect(named.status).toBe(201);
    expect(named.body).toMatchObject({ format: 'sarif', stored: 2 });
    expect(
      (await findings())
        .map(f => [f.scanner, f.source, f.ruleId, f.severity])
        .sort(),
    ).toEqual([
      ['sarif:checkov', 'iac', 'CKV_AWS_18', 'medium'],
      ['sarif:checkov', 'iac', 'CKV_AWS_20', 'high'],
    ]);
    const anonymous = await post(checkov);
    expect(anonymous.status).toBe(201);
    expect(
      (await findings()).filter(f => f.scanner === 'sarif:unknown'),
    ).toHaveLength(2);
  });

  it('still refuses what is not SARIF 2.1.0 with a clear 400', async () => {
    const noRuns = await post(
      JSON.stringify({
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      }),
    );
    expect(noRuns.status).toBe(400);
    expect(noRuns.body.error.message).toMatch(/runs must be an array/);
    const objectRuns = await post(
      JSON.stringify({ version: '2.1.0', runs: {} }),
    );
    expect(objectRuns.status).toBe(400);
    const wrong = await post(JSON.stringify({ version: '2.0.0', runs: [] }));
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(
      /Unsupported SARIF version "2.0.0"; expected 2.1.0/,
    );
    const badParam = await post(own('checkov-no-tool.sarif'), { scanner: ' ' });
    expect(badParam.status).toBe(400);
    expect(await findings()).toEqual([]);
  });

  it('answers exact stored, new, fixed and suppressed counts', async () => {
    const image = projectFixture('trivy-image.json');
    expect((await post(image)).body).toMatchObject({
      created: true,
      findings: 4,
      stored: 4,
      new: 4,
      fixed: 0,
      suppressed: 0,
    });

    const next = JSON.parse(image);
    const os = next.Results[0].Vulnerabilities;
    next.Results[0].Vulnerabilities = [
      ...os.filter((v: any) => v.PkgName !== 'openssl'),
      {
        ...os[0],
        VulnerabilityID: 'CVE-2026-0001',
        PkgName: 'zlib1g',
        Severity: 'LOW',
      },
      {
        ...os[0],
        VulnerabilityID: 'CVE-2026-0002',
        PkgName: 'zlib1g',
        Severity: 'LOW',
      },
    ];
    const res = await post(JSON.stringify(next));
    expect(res.body).toMatchObject({
      created: true,
      findings: 5,
      stored: 5,
      new: 2,
      fixed: 1,
      suppressed: 0,
    });

    // The fixed one comes back (a later scan, other bytes): it counts as new again.
    const later = JSON.stringify({
      ...JSON.parse(image),
      CreatedAt: '2026-12-01T00:00:00Z',
    });
    expect((await post(later)).body).toMatchObject({
      created: true,
      stored: 4,
      new: 1,
      fixed: 2,
    });

    const replay = await post(later);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({
      created: false,
      findings: 4,
      stored: 4,
      new: 0,
      fixed: 0,
      suppressed: 0,
    });
  });
});
