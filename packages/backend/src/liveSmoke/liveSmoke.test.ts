/**
 * Live mode end to end, as a platform team would first try it: the real family backends
 * with `runway.dataSource: live` over a 100-service catalog, against
 * - an ArgoCD wire fake that applies label selectors, `projects` and `fields` like ArgoCD
 *   and serves Applications shaped like a real one (deployments' fleet fixture),
 * - Debian's Prometheus with backfilled request counters for some of the services,
 * - AWS pointed (standard AWS_ENDPOINT_URL) at a loopback endpoint that answers 500.
 * Every family must answer within its timeout, deployments must match all 100 services,
 * security must say "last scan failed", cost must say what failed, and the scorecard must
 * show measured, failed and not-measured apart.
 */
// The wire fakes and the real-Prometheus harness are the families' own test utilities,
// not part of any package's API: the smoke test reuses them rather than keep a second copy.
/* eslint-disable @backstage/no-relative-monorepo-imports */
import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { AddressInfo } from 'net';
import request from 'supertest';
import { setupServer } from 'msw/node';
import { HttpResponse, passthrough, http as mswHttp } from 'msw';
import {
  mockServices,
  registerMswTestHooks,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { Entity } from '@backstage/catalog-model';
import { ServiceFactory } from '@backstage/backend-plugin-api';
import { localFilesUrlReaderFactory } from '@runway/runway-node';
import deploymentsPlugin from '@runway/plugin-deployments-backend';
import sloPlugin from '@runway/plugin-slo-backend';
import securityPlugin from '@runway/plugin-security-backend';
import costPlugin from '@runway/plugin-cost-backend';
import scorecardPlugin from '@runway/plugin-scorecard-backend';
import { fleet } from '../../../../plugins/deployments-backend/src/__testUtils__/fleet';
import { listAnswer } from '../../../../plugins/deployments-backend/src/__testUtils__/fakeArgoCd';
import {
  RunningPrometheus,
  startPrometheus,
} from '../../../../plugins/slo-backend/src/integration/realPrometheus';
import {
  generate,
  MINUTE,
  sampleTimes,
  writeCounters,
} from '../../../../plugins/slo-backend/src/integration/syntheticTraffic';

jest.setTimeout(180_000);

/** What `mockServices.scheduler()` returns beyond its declared SchedulerService type. */
interface TriggerableScheduler {
  factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
  triggerTask(id: string): Promise<void>;
}

type ConfigData = NonNullable<
  NonNullable<Parameters<typeof mockServices.rootConfig.factory>[0]>['data']
>;

const SERVICES = 100;
const MEASURED = 20; // services with backfilled traffic in Prometheus
const ARGOCD = 'https://argocd.smoke.test';
const ARGOCD_TOKEN = 'smoke-token';

const argoCalls: string[] = [];
const msw = setupServer(
  mswHttp.all('*', ({ request: req }) =>
    ['127.0.0.1', 'localhost'].includes(new URL(req.url).hostname)
      ? passthrough()
      : undefined,
  ),
);
registerMswTestHooks(msw);

/** Every AWS API answers as an AWS service does when it is broken: 500 InternalFailure. */
async function startBrokenAws() {
  const calls: string[] = [];
  const server = http.createServer((req, res) => {
    calls.push(`${req.headers['x-amz-target'] ?? req.url}`);
    req.resume();
    res.writeHead(500, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': 'InternalFailure',
    });
    res.end(
      JSON.stringify({
        __type: 'InternalFailure',
        message: 'We encountered an internal error.',
      }),
    );
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise(r => server.close(r)),
  };
}

const END = Math.floor(Date.now() / 1000 / MINUTE) * MINUTE;
const MINUTES = 2 * 1440;
const SPEC = (service: string) => `version: prometheus/v1
service: ${service}
slos:
  - name: requests-availability
    objective: 99.9
    sli:
      events:
        error_query: sum(rate(http_requests_total{service="${service}",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{service="${service}"}[{{.window}}]))
    alerting:
      name: AvailabilityBurn
`;

function entities(dir: string): Entity[] {
  return Array.from({ length: SERVICES }, (_, i) => {
    const name = `svc-${i}`;
    const folder = path.join(dir, name);
    fs.mkdirSync(path.join(folder, 'slo'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'slo', 'slo.yaml'), SPEC(name));
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        annotations: {
          'backstage.io/managed-by-location': `file:${path.join(
            folder,
            'catalog-info.yaml',
          )}`,
          // half by selector, half by name: real ArgoCD apps carry no app.kubernetes.io/name
          ...(i % 2
            ? { 'argocd/app-selector': `service=${name}` }
            : { 'argocd/app-name': `${name}-prod` }),
          'runway.dev/slo-location': './slo/slo.yaml',
          'aws.amazon.com/cost-insights-tags': `service=${name}`,
          'runway.dev/ecr-repository': name,
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `team-${i % 10}`,
      },
    };
  });
}

describe('live mode smoke test', () => {
  let work: string;
  let prometheus: RunningPrometheus;
  let aws: Awaited<ReturnType<typeof startBrokenAws>>;
  const saved = { ...process.env };

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'runway-live-smoke-'));
    const times = sampleTimes(END, MINUTES);
    const traffic = Array.from({ length: MEASURED }, (_, i) =>
      generate(
        { service: `svc-${i}`, rps: 5, errorRatio: () => 0.0005 },
        MINUTES,
      ),
    );
    const om = path.join(work, 'series.om');
    writeCounters(om, traffic, times);
    prometheus = await startPrometheus({ workDir: work, openMetricsFile: om });
    aws = await startBrokenAws();
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: aws.url,
      AWS_ACCESS_KEY_ID: 'AKIDSMOKE',
      AWS_SECRET_ACCESS_KEY: 'smoke',
      AWS_REGION: 'eu-west-1',
      AWS_MAX_ATTEMPTS: '1',
    });
  });

  afterAll(async () => {
    process.env = saved;
    await prometheus?.stop();
    await aws?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  async function start(data: ConfigData) {
    const apps = fleet(SERVICES);
    msw.use(
      mswHttp.get(`${ARGOCD}/api/v1/applications`, ({ request: req }) => {
        const url = new URL(req.url);
        argoCalls.push(url.pathname);
        if (req.headers.get('authorization') !== `Bearer ${ARGOCD_TOKEN}`) {
          return HttpResponse.json(
            { error: 'invalid session', code: 16 },
            { status: 401 },
          );
        }
        return HttpResponse.json(listAnswer(apps, url));
      }),
      mswHttp.get(
        `${ARGOCD}/api/v1/applications/:name/*`,
        ({ request: req }) => {
          argoCalls.push(new URL(req.url).pathname);
          return HttpResponse.json(
            { error: 'not found', code: 5 },
            { status: 404 },
          );
        },
      ),
    );
    // The mock scheduler runs a task only when triggered, so the test decides when refreshes run.
    const scheduler =
      mockServices.scheduler() as unknown as TriggerableScheduler;
    const { server } = await startTestBackend({
      features: [
        deploymentsPlugin,
        sloPlugin,
        securityPlugin,
        costPlugin,
        scorecardPlugin,
        localFilesUrlReaderFactory,
        scheduler.factory({ skipTaskRunOnStartup: true }),
        catalogServiceMock.factory({ entities: entities(work) }),
        mockServices.rootConfig.factory({ data }),
      ],
    });
    return { server, scheduler };
  }

  const LIVE_CONFIG = () => ({
    runway: { dataSource: 'live', localFiles: { allowedRoots: [work] } },
    argocd: { instances: [{ name: 'main', url: ARGOCD, token: ARGOCD_TOKEN }] },
    prometheus: { url: prometheus.url, timeoutMs: 10_000 },
    security: {
      aws: { region: 'eu-west-1', accountId: '111122223333', timeoutMs: 2_000 },
    },
    cost: { aws: { accountId: '111122223333', timeoutMs: 2_000 } },
  });

  it('answers every family within its timeout and tells the three states apart', async () => {
    const { server, scheduler } = await start(LIVE_CONFIG());
    const refs = Array.from(
      { length: SERVICES },
      (_, i) => `component:default/svc-${i}`,
    );

    // Deployments: every service matched on a real-shaped ArgoCD, from one list call.
    const deployments = await request(server)
      .post('/api/deployments/batch')
      .send({ entityRefs: refs });
    expect(deployments.status).toBe(200);
    const unmatched = deployments.body.data.items.filter(
      (i: any) => i.error || !i.prod,
    );
    expect(unmatched).toEqual([]);
    expect(argoCalls.filter(p => p === '/api/v1/applications')).toHaveLength(1);

    // Security: AWS answers 500, so every service says its last scan failed; none is clean.
    await scheduler.triggerTask('security-refresh');
    const security = await request(server)
      .post('/api/security/batch')
      .send({ entityRefs: refs });
    expect(security.status).toBe(200);
    for (const item of security.body.data.items) {
      expect(item.scan.state).toBe('failed');
      expect(item.scan.error).toBeTruthy();
    }
    expect(aws.calls.length).toBeGreaterThan(0);

    // Cost: says what failed rather than showing zero spend.
    await scheduler.triggerTask('cost-refresh').catch(() => undefined);
    const cost = await request(server)
      .get('/api/cost/entity')
      .query({ entityRef: refs[0] });
    expect(cost.status).toBeGreaterThanOrEqual(500);
    expect(cost.body.error.message).toMatch(/cost/i);

    // SLO: measured services get numbers from Prometheus, the others say no data.
    const slo = await request(server)
      .post('/api/slo/batch')
      .send({ entityRefs: refs });
    expect(slo.status).toBe(200);
    const sloOf = (i: number) =>
      slo.body.data.items.find((x: any) => x.entityRef === refs[i]).slos[0];
    expect(sloOf(0)).toMatchObject({ status: 'ok', sli: 1 });
    expect(sloOf(MEASURED + 1)).toMatchObject({ status: 'no-data', sli: null });

    // Scorecard: measured, failed and not measured stay apart; each family's own words travel.
    const before = argoCalls.length;
    const scorecard = await request(server).get('/api/scorecard/scorecard');
    expect(scorecard.status).toBe(200);
    const { families, services } = scorecard.body.data;
    expect(families.deployments.status).toBe('ok');
    expect(families.slo.status).toBe('ok');
    expect(families.security.error).toMatch(/ECR/);
    expect(families.cost.status).toBe('failed');
    expect(families.cost.error).toMatch(/Cost data could not be collected/);
    const cells = (i: number) =>
      services.find((x: any) => x.entityRef === refs[i]).cells;
    expect(cells(0).availability).toMatchObject({
      status: 'green',
      value: 100,
    });
    expect(cells(MEASURED + 1).availability).toMatchObject({
      status: 'none',
      value: null,
    });
    expect(cells(0).criticalVulns).toMatchObject({
      status: 'none',
      value: null,
    });
    expect(cells(0).monthlyCost).toMatchObject({ status: 'none', value: null });
    // The ArgoCD list was fetched for the batch above: the scorecard costs no ArgoCD call.
    expect(argoCalls.length - before).toBe(0);
  });

  it('runs the families that are configured and says which are not', async () => {
    const { security, cost, ...rest } = LIVE_CONFIG();
    const { server } = await start(rest);
    const ref = 'component:default/svc-1';
    const deployments = await request(server)
      .get('/api/deployments/overview')
      .query({ entityRef: ref });
    expect(deployments.status).toBe(200);
    for (const [family, key] of [
      ['cost', 'cost.aws.accountId'],
      ['security', 'security.aws.region'],
    ]) {
      const res = await request(server)
        .get(`/api/${family}/entity`)
        .query({ entityRef: ref });
      expect(res.status).toBe(503);
      expect(res.body.error.name).toBe('NotConfiguredError');
      expect(res.body.error.message).toContain(key);
    }
    const scorecard = await request(server).get('/api/scorecard/scorecard');
    expect(scorecard.status).toBe(200);
    expect(scorecard.body.data.families.cost.status).toBe('off');
    expect(scorecard.body.data.families.security.status).toBe('off');
    expect(scorecard.body.data.families.slo.status).toBe('ok');
  });
});
