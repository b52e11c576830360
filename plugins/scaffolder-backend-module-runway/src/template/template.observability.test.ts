import fs from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { readText, renderAllSets } from './__testUtils__/renderSets';
import { requireTool, runTool } from './__testUtils__/tools';

jest.setTimeout(60_000);

type Sets = Awaited<ReturnType<typeof renderAllSets>>;
type OneSet = Sets[keyof Sets];

/** Metric names a PromQL expression selects (`name{...}`). */
const metricNames = (expr: string) =>
  [...expr.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\{/g)].map(m => m[1]);

/** What RequestMetrics::render() exposes: its `# TYPE` lines, histograms with their series. */
async function exportedNames(set: OneSet): Promise<Set<string>> {
  const php = await readText(set, 'src/Metrics/RequestMetrics.php');
  const names = new Set<string>();
  for (const [, name, type] of php.matchAll(
    /# TYPE (\w+) (counter|histogram)/g,
  ))
    for (const suffix of type === 'histogram'
      ? ['_bucket', '_count', '_sum']
      : [''])
      names.add(name + suffix);
  return names;
}

async function dashboardExprs(set: OneSet): Promise<string[]> {
  const dashboard = JSON.parse(
    await readText(set, 'chart/files/grafana-dashboard.json'),
  );
  return dashboard.panels.flatMap((p: any) =>
    p.targets.map((t: any) => t.expr as string),
  );
}

describe('symfony-service template: observability, load test and API contract', () => {
  let sets: Sets;
  beforeAll(async () => {
    sets = await renderAllSets();
  });

  it('ships the Grafana dashboard as a ConfigMap for the sidecar', async () => {
    const set = sets.everythingOn;
    const template = await readText(
      set,
      'chart/templates/grafana-dashboard.yaml',
    );
    expect(template).toContain('grafana_dashboard: "1"');
    expect(template).toContain('.Files.Get "files/grafana-dashboard.json"');
    expect(
      parseYaml(await readText(set, 'chart/values.yaml')).grafanaDashboard,
    ).toEqual({
      enabled: true,
      folder: 'Runway',
    });
  });

  it('the dashboard queries exactly the series the app exports and the SLO spec reads, and Sloth records the rest', async () => {
    for (const set of Object.values(sets)) {
      const exprs = await dashboardExprs(set);
      const used = new Set(exprs.flatMap(metricNames));
      const raw = [...used].filter(n => !n.startsWith('slo:'));
      const slo = parseYaml(await readText(set, 'slo/slo.yaml'));
      const sloNames = new Set<string>(
        slo.slos.flatMap((s: any) =>
          Object.values<string>(s.sli.events).flatMap(metricNames),
        ),
      );
      expect(raw.sort()).toEqual([...sloNames].sort());
      const exported = await exportedNames(set);
      expect(raw.filter(n => !exported.has(n))).toEqual([]);
      const rule = parseYaml(
        await readText(set, 'chart/files/slo-prometheus-rule.yaml'),
      );
      const recorded = new Set(
        rule.spec.groups.flatMap((g: any) =>
          g.rules.filter((r: any) => r.record).map((r: any) => r.record),
        ),
      );
      const slothNames = [...used].filter(n => n.startsWith('slo:'));
      expect(slothNames.length).toBeGreaterThanOrEqual(2);
      expect(slothNames.filter(n => !recorded.has(n))).toEqual([]);
      // every query is about this service, and the threshold panel reads the SLO's bucket
      for (const expr of exprs)
        expect(expr).toMatch(
          new RegExp(`(sloth_)?service="${set.values.name}"`),
        );
      expect(exprs.join('\n')).toContain(
        `le="${set.values.latencyThresholdMs / 1000}"`,
      );
    }
  });

  it('promtool accepts every dashboard query', async () => {
    const promtool = requireTool('promtool', 'prometheus');
    const set = sets.everythingOn;
    const exprs = await dashboardExprs(set);
    const file = path.join(set.dir, '.promtool-dashboard.yaml');
    await fs.writeFile(
      file,
      stringifyYaml({
        groups: [
          {
            name: 'dashboard',
            rules: exprs.map((expr, i) => ({
              record: `dashboard:panel${i}`,
              // Grafana's interval variable is only known at query time
              expr: expr.replaceAll('$__rate_interval', '5m'),
            })),
          },
        ],
      }),
    );
    const result = await runTool(promtool, ['check', 'rules', file]);
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining(`SUCCESS: ${exprs.length} rules found`),
    });
  });

  it('the k6 thresholds are the SLO objectives, and the script is valid JavaScript', async () => {
    const node = process.execPath;
    for (const set of Object.values(sets)) {
      const script = await readText(set, 'loadtest/k6.js');
      const constant = (name: string) =>
        Number(script.match(new RegExp(`const ${name} = ([0-9.]+);`))?.[1]);
      const slo = parseYaml(await readText(set, 'slo/slo.yaml'));
      expect({
        latencyTarget: constant('LATENCY_TARGET_PERCENT'),
        latencyThresholdMs: constant('LATENCY_THRESHOLD_MS'),
        availabilityTarget: constant('AVAILABILITY_TARGET_PERCENT'),
      }).toEqual({
        latencyTarget: slo.slos[1].objective,
        latencyThresholdMs: set.values.latencyThresholdMs,
        availabilityTarget: slo.slos[0].objective,
      });
      expect(script).toContain(
        'http_req_duration: [`p(${LATENCY_TARGET_PERCENT})<${LATENCY_THRESHOLD_MS}`]',
      );
      expect(script).toContain('http_req_failed: [`rate<${ERROR_RATE}`]');
      // p(95) stays in the summary: Runway's quality view reads it
      expect(script).toMatch(/summaryTrendStats: \[[^\]]*'p\(95\)'/);
      const copy = path.join(set.dir, '.k6-check.mjs');
      await fs.writeFile(copy, script);
      expect(await runTool(node, ['--check', copy])).toEqual({
        code: 0,
        output: '',
      });
    }
  });

  it('the OpenAPI document describes exactly the /api/v1 routes the controllers declare', async () => {
    for (const set of Object.values(sets)) {
      const doc = parseYaml(await readText(set, 'openapi/openapi.yaml'));
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.servers).toEqual([{ url: '/api/v1' }]);
      const documented = Object.entries<Record<string, unknown>>(doc.paths)
        .flatMap(([p, ops]) =>
          Object.keys(ops).map(m => `${m.toUpperCase()} ${p}`),
        )
        .sort();
      const declared: string[] = [];
      for (const file of set.files.filter(f =>
        f.startsWith('src/Infrastructure/Http/'),
      )) {
        const php = await readText(set, file);
        const routes = [
          ...php.matchAll(
            /#\[Route\('([^']*)'(?:, name: '\w+')?(?:, methods: \['(\w+)'\])?/g,
          ),
        ];
        if (!routes.length) continue;
        // a class-level #[Route] (without methods) is the prefix of the method routes
        const prefix = routes[0][2] ? '' : routes[0][1];
        for (const [, route, method] of routes.filter(r => r[2]))
          declared.push(
            `${method} ${(prefix + route).replace(/\{(\w+)\}/g, '{$1}')}`,
          );
      }
      expect(declared.sort()).toEqual(documented);
      expect(!!doc.components.securitySchemes).toBe(set.values.jwtAuth);
    }
  });

  it('exports traces and metrics over OTLP to the collector the chart names, with trace ids in the logs', async () => {
    for (const set of Object.values(sets)) {
      const values = parseYaml(await readText(set, 'chart/values.yaml'));
      expect(values.config).toMatchObject({
        OTEL_PHP_AUTOLOAD_ENABLED: 'true',
        OTEL_SERVICE_NAME: set.values.name,
        OTEL_EXPORTER_OTLP_ENDPOINT:
          expect.stringMatching(/^http:\/\/.+:4318$/),
        OTEL_TRACES_EXPORTER: 'otlp',
        OTEL_METRICS_EXPORTER: 'otlp',
      });
      const composer = JSON.parse(await readText(set, 'composer.json'));
      expect(Object.keys(composer.require)).toEqual(
        expect.arrayContaining([
          'open-telemetry/sdk',
          'open-telemetry/exporter-otlp',
          'symfony/rate-limiter',
          'nelmio/security-bundle',
          'symfony/messenger',
          'unleash/client',
        ]),
      );
      expect(Object.keys(composer['require-dev'])).toEqual(
        expect.arrayContaining([
          'giorgiosironi/eris',
          'infection/infection',
          'vimeo/psalm',
        ]),
      );
      expect(
        await readText(
          set,
          'src/Infrastructure/Observability/TraceContextProcessor.php',
        ),
      ).toContain("'trace_id' => $context->getTraceId()");
      expect(await readText(set, 'config/packages/monolog.yaml')).toContain(
        'formatter: monolog.formatter.json',
      );
    }
  });

  it('reads the Unleash token from Secrets Manager through the ExternalSecret, and wires JWT only when asked', async () => {
    for (const set of Object.values(sets)) {
      const secret = await readText(set, 'chart/templates/externalsecret.yaml');
      expect(secret).toMatch(
        /secretKey: UNLEASH_API_TOKEN\s+remoteRef:\s+key: \{\{ printf "%s\/%s" \.Values\.externalSecret\.unleashTokenKey \.Values\.environment \}\}\s+property: token/,
      );
      const services = await readText(set, 'config/services.yaml');
      expect(services).toContain("$apiToken: '%env(UNLEASH_API_TOKEN)%'");
      expect(services).toContain("$url: '%env(UNLEASH_URL)%'");
      const jwt = set.values.jwtAuth;
      expect({
        name: set.values.name,
        security: set.files.includes('config/packages/security.yaml'),
        lexik: set.files.includes(
          'config/packages/lexik_jwt_authentication.yaml',
        ),
        bundle: (await readText(set, 'config/bundles.php')).includes(
          'LexikJWTAuthenticationBundle',
        ),
        composer:
          'lexik/jwt-authentication-bundle' in
          JSON.parse(await readText(set, 'composer.json')).require,
      }).toEqual({
        name: set.values.name,
        security: jwt,
        lexik: jwt,
        bundle: jwt,
        composer: jwt,
      });
    }
    expect(sets.everythingOn.values.jwtAuth).toBe(true);
    expect(sets.minimal.values.jwtAuth).toBe(false);
  });
});
