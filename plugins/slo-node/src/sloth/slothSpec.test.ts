import {
  describeSlothSpecIssues,
  sliErrorRatioQuery,
  slothSpecSchema,
  substituteWindow,
} from './slothSpec';

const base = {
  version: 'prometheus/v1',
  service: 'orders-api',
  slos: [
    {
      name: 'requests-availability',
      objective: 99.9,
      sli: {
        events: {
          error_query:
            'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))',
          total_query: 'sum(rate(http_requests_total[{{ .window }}]))',
        },
      },
      alerting: { name: 'OrdersApiHighErrorRate' },
    },
  ],
};
const withSlo = (slo: object) => ({
  ...base,
  slos: [{ ...base.slos[0], ...slo }],
});
const issues = (spec: unknown) => {
  const parsed = slothSpecSchema.safeParse(spec);
  return parsed.success ? [] : describeSlothSpecIssues(parsed.error);
};

describe('slothSpecSchema', () => {
  it("fills Sloth's defaults: no labels, both alerts enabled", () => {
    const [slo] = slothSpecSchema.parse(base).slos;
    expect(slo.labels).toEqual({});
    expect(slo.alerting).toEqual({
      name: 'OrdersApiHighErrorRate',
      labels: {},
      annotations: {},
      page_alert: { disable: false, labels: {}, annotations: {} },
      ticket_alert: { disable: false, labels: {}, annotations: {} },
    });
  });

  it('accepts the three SLI kinds: events, raw error ratio and plugin', () => {
    const raw = slothSpecSchema.parse(
      withSlo({
        sli: {
          raw: {
            error_ratio_query: '1 - avg_over_time(probe_success[{{.window}}])',
          },
        },
      }),
    );
    expect(sliErrorRatioQuery(raw.slos[0].sli)).toBe(
      '1 - avg_over_time(probe_success[{{.window}}])',
    );
    const plugin = slothSpecSchema.parse(
      withSlo({
        sli: {
          plugin: {
            id: 'sloth-common/kubernetes/apiserver/availability',
            options: { filter: 'job="apiserver"' },
          },
        },
      }),
    );
    expect(plugin.slos[0].sli.plugin).toEqual({
      id: 'sloth-common/kubernetes/apiserver/availability',
      options: { filter: 'job="apiserver"' },
    });
    // Only Sloth's plugin registry can build a plugin SLI's query.
    expect(sliErrorRatioQuery(plugin.slos[0].sli)).toBeUndefined();
  });

  it('accepts SLO plugin chains and an SLO with both alerts disabled and no alert name', () => {
    expect(
      issues({
        ...withSlo({
          plugins: {
            chain: [
              { id: 'sloth.dev/core/debug/v1', priority: -200, config: {} },
            ],
          },
          alerting: {
            page_alert: { disable: true },
            ticket_alert: { disable: true },
          },
        }),
        slo_plugins: {
          overridePrevious: true,
          chain: [{ id: 'sloth.dev/contrib/info_labels/v1' }],
        },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ objective: 0 }, 'slos.0.objective: objective must be above 0'],
    [{ objective: 100.1 }, 'slos.0.objective: objective must be at most 100'],
    [
      { name: 'has space' },
      "slos.0.name: must start and end with a letter or digit and contain only letters, digits, '.', '_' and '-'",
    ],
    [
      { sli: { events: { error_query: 'x', total_query: 'y[{{.window}}]' } } },
      'slos.0.sli.events.error_query: must contain {{.window}}, which Sloth replaces with each window',
    ],
    [
      {
        sli: {
          events: {
            error_query: 'q[{{.window}}]',
            total_query: 'q[{{.window}}]',
          },
        },
      },
      "slos.0.sli.events: error_query and total_query can't be the same",
    ],
    [
      {
        sli: {
          raw: { error_ratio_query: 'r[{{.window}}]' },
          plugin: { id: 'p' },
        },
      },
      'slos.0.sli: sli needs exactly one of events, raw or plugin',
    ],
    [{ sli: {} }, 'slos.0.sli: sli needs exactly one of events, raw or plugin'],
    [
      { alerting: { ticket_alert: { disable: true } } },
      'slos.0.alerting.name: alerting.name is required unless both alerts are disabled',
    ],
    [
      { labels: { 'not-a-label': 'x' } },
      'slos.0.labels.not-a-label: must be a Prometheus label name',
    ],
  ])('refuses what Sloth refuses: %j', (slo, message) => {
    expect(issues(withSlo(slo))).toEqual([message]);
  });

  it('refuses another version and an empty SLO list', () => {
    expect(issues({ ...base, version: 'sloth/v1' })).toEqual([
      'version: must be prometheus/v1',
    ]);
    expect(issues({ ...base, slos: [] })).toEqual([
      'slos: at least one SLO is required',
    ]);
  });
});

describe('substituteWindow', () => {
  it('replaces every placeholder, with or without the spaces Go templates allow', () => {
    const spec = slothSpecSchema.parse(base);
    expect(substituteWindow(sliErrorRatioQuery(spec.slos[0].sli)!, '5m')).toBe(
      '(sum(rate(http_requests_total{code=~"5.."}[5m])))\n/\n(sum(rate(http_requests_total[5m])))',
    );
  });
});
