import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { requireTool, runTool } from '../template/__testUtils__/tools';
import {
  alertNames,
  generatePrometheusRule,
  pluginSlos,
} from './generatePrometheusRule';
import { slothSpecSchema } from '@runway/plugin-slo-node';
import { ordersApiAvailability } from './__testUtils__/ordersApiSlo';

const spec = slothSpecSchema.parse({
  version: 'prometheus/v1',
  service: 'orders-api',
  labels: { owner: 'team-checkout' },
  slos: [
    ordersApiAvailability({
      labels: { category: 'availability' },
      page_alert: { labels: { severity: 'critical' } },
      ticket_alert: { labels: { severity: 'warning' } },
    }),
    {
      name: 'raw-ratio',
      objective: 99,
      sli: {
        raw: {
          error_ratio_query:
            '1 - avg_over_time(probe_success{job="orders"}[{{.window}}])',
        },
      },
      alerting: {
        name: 'OrdersApiProbeFailing',
        page_alert: { disable: true },
      },
    },
  ],
});

describe('generatePrometheusRule', () => {
  const rule = generatePrometheusRule(spec, 'orders-api-slos', 'orders-api');
  const groups = Object.fromEntries(
    rule.spec.groups.map(g => [g.name, g.rules]),
  );

  it("uses Sloth's group names, metric names and labels", () => {
    expect(Object.keys(groups)).toEqual([
      'sloth-slo-sli-recordings-orders-api-requests-availability',
      'sloth-slo-meta-recordings-orders-api-requests-availability',
      'sloth-slo-alerts-orders-api-requests-availability',
      'sloth-slo-sli-recordings-orders-api-raw-ratio',
      'sloth-slo-meta-recordings-orders-api-raw-ratio',
      'sloth-slo-alerts-orders-api-raw-ratio',
    ]);
    const sli =
      groups['sloth-slo-sli-recordings-orders-api-requests-availability'];
    expect(sli.map(r => r.labels!.sloth_window)).toEqual([
      '5m',
      '30m',
      '1h',
      '2h',
      '6h',
      '1d',
      '3d',
      '30d',
    ]);
    expect(sli[0]).toEqual({
      record: 'slo:sli_error:ratio_rate5m',
      expr: '(sum(rate(http_requests_total{service="orders-api",code=~"5.."}[5m])))\n/\n(sum(rate(http_requests_total{service="orders-api"}[5m])))\n',
      labels: {
        owner: 'team-checkout',
        sloth_id: 'orders-api-requests-availability',
        sloth_service: 'orders-api',
        sloth_slo: 'requests-availability',
        sloth_window: '5m',
      },
    });
    const meta =
      groups['sloth-slo-meta-recordings-orders-api-requests-availability'];
    expect(meta.map(r => r.record)).toEqual([
      'slo:objective:ratio',
      'slo:error_budget:ratio',
      'slo:time_period:days',
      'slo:current_burn_rate:ratio',
      'slo:period_burn_rate:ratio',
      'slo:period_error_budget_remaining:ratio',
      'sloth_slo_info',
    ]);
    expect(meta[0].expr).toBe('vector(0.999)');
  });

  it('writes the page (14.4x 1h/5m, 6x 6h/30m) and ticket (3x 1d/2h, 1x 3d/6h) alerts', () => {
    const [page, ticket] =
      groups['sloth-slo-alerts-orders-api-requests-availability'];
    const pairs = (expr: string) =>
      [
        ...expr.matchAll(/ratio_rate(\w+)\{[^}]*\} > \(([\d.]+) \* 0\.001\)/g),
      ].map(m => `${m[2]}x${m[1]}`);
    expect(pairs(page.expr)).toEqual(['14.4x5m', '14.4x1h', '6x30m', '6x6h']);
    expect(pairs(ticket.expr)).toEqual(['3x2h', '3x1d', '1x6h', '1x3d']);
    expect(page.labels).toEqual({
      category: 'availability',
      severity: 'critical',
      sloth_severity: 'page',
    });
    expect(ticket.labels).toEqual({
      category: 'availability',
      severity: 'warning',
      sloth_severity: 'ticket',
    });
  });

  it('uses raw SLIs as they are and leaves out disabled alerts', () => {
    expect(
      groups['sloth-slo-sli-recordings-orders-api-raw-ratio'][2].expr,
    ).toBe('(1 - avg_over_time(probe_success{job="orders"}[1h]))\n');
    expect(
      groups['sloth-slo-alerts-orders-api-raw-ratio'].map(
        r => r.labels!.sloth_severity,
      ),
    ).toEqual(['ticket']);
    expect(alertNames(rule)).toEqual([
      'OrdersApiHighErrorRate',
      'OrdersApiProbeFailing',
    ]);
  });

  it('pages on a 2% error rate and stays quiet at 0.05%, as promtool evaluates the rules', async () => {
    const promtool = requireTool('promtool', 'prometheus');
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-rules-'));
    const onlyAvailability = generatePrometheusRule(
      { ...spec, slos: [spec.slos[0]] },
      'orders-api-slos',
    );
    await fs.writeFile(
      path.join(dir, 'rules.yaml'),
      stringifyYaml(onlyAvailability.spec),
    );
    const ids = {
      owner: 'team-checkout',
      sloth_id: 'orders-api-requests-availability',
      sloth_service: 'orders-api',
      sloth_slo: 'requests-availability',
      category: 'availability',
    };
    // promtool expands the annotation templates with the alert's labels
    const annotations = {
      summary:
        'orders-api requests-availability SLO error budget burn rate is over expected.',
    };
    const series = (errorsPerMinute: number) => [
      {
        series: 'http_requests_total{service="orders-api",code="200"}',
        values: `0+${6000 - errorsPerMinute}x180`,
      },
      {
        series: 'http_requests_total{service="orders-api",code="500"}',
        values: `0+${errorsPerMinute}x180`,
      },
    ];
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: series(120), // 2%: 20x the 0.1% budget rate
          alert_rule_test: [
            {
              eval_time: '2h',
              alertname: 'OrdersApiHighErrorRate',
              exp_alerts: [
                {
                  exp_labels: {
                    ...ids,
                    severity: 'critical',
                    sloth_severity: 'page',
                  },
                  exp_annotations: {
                    ...annotations,
                    title:
                      '(page) orders-api requests-availability SLO error budget burn rate is too fast.',
                  },
                },
                {
                  exp_labels: {
                    ...ids,
                    severity: 'warning',
                    sloth_severity: 'ticket',
                  },
                  exp_annotations: {
                    ...annotations,
                    title:
                      '(ticket) orders-api requests-availability SLO error budget burn rate is too fast.',
                  },
                },
              ],
            },
          ],
          promql_expr_test: [
            {
              expr: 'slo:sli_error:ratio_rate5m',
              eval_time: '2h',
              exp_samples: [
                {
                  labels: `slo:sli_error:ratio_rate5m{${Object.entries({
                    ...ids,
                    category: undefined,
                    sloth_window: '5m',
                  })
                    .filter(([, v]) => v)
                    .map(([k, v]) => `${k}="${v}"`)
                    .join(',')}}`,
                  value: 0.02,
                },
              ],
            },
          ],
        },
        {
          interval: '1m',
          input_series: series(3), // 0.05%: within budget
          alert_rule_test: [
            {
              eval_time: '2h',
              alertname: 'OrdersApiHighErrorRate',
              exp_alerts: [],
            },
          ],
        },
      ],
    };
    await fs.writeFile(path.join(dir, 'tests.yaml'), stringifyYaml(tests));
    const result = await runTool(promtool, ['test', 'rules', 'tests.yaml'], {
      cwd: dir,
    });
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('SUCCESS'),
    });
  });
});

describe('a Sloth SLI plugin', () => {
  // Refused by the scaffolder's own schema before it shared the SLO backend's.
  const withPlugin = slothSpecSchema.parse({
    version: 'prometheus/v1',
    service: 'orders-api',
    slos: [
      {
        name: 'requests-availability',
        objective: 99.9,
        sli: {
          plugin: {
            id: 'sloth-common/http/availability',
            options: { job: 'orders-api' },
          },
        },
        alerting: { name: 'OrdersApiHighErrorRate' },
      },
      {
        name: 'raw-ratio',
        objective: 99,
        sli: {
          raw: { error_ratio_query: '1 - avg(probe_success[{{ .window }}])' },
        },
        alerting: { name: 'OrdersApiProbeFailing' },
      },
    ],
  });

  it('is accepted, named for sloth generate, and gets no half-written rules', () => {
    expect(pluginSlos(withPlugin)).toEqual([
      {
        slo: 'requests-availability',
        plugin: 'sloth-common/http/availability',
      },
    ]);
    const rule = generatePrometheusRule(withPlugin, 'orders-api-slos');
    expect(rule.spec.groups.map(g => g.name)).toEqual([
      'sloth-slo-sli-recordings-orders-api-raw-ratio',
      'sloth-slo-meta-recordings-orders-api-raw-ratio',
      'sloth-slo-alerts-orders-api-raw-ratio',
    ]);
    // `{{ .window }}` with spaces is substituted too, as Sloth's template does.
    expect(rule.spec.groups[0].rules[0].expr).toBe(
      '(1 - avg(probe_success[5m]))\n',
    );
  });
});
