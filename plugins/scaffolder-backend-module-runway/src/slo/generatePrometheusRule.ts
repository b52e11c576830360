import {
  BURN_RATE_ALERTS,
  BURN_WINDOWS,
  SLO_PERIOD_DAYS,
  SLO_PERIOD_WINDOW,
} from '@runway/plugin-slo-common';
import {
  sliErrorRatioQuery,
  substituteWindow,
  type SlothSlo,
  type SlothSpec,
} from '@runway/plugin-slo-node';

export type Rule = {
  record?: string;
  alert?: string;
  expr: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
};
export type RuleGroup = { name: string; rules: Rule[] };

export type PrometheusRule = {
  apiVersion: 'monitoring.coreos.com/v1';
  kind: 'PrometheusRule';
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
  };
  spec: { groups: RuleGroup[] };
};

// 1 - 0.999 is 0.0010000000000000009 in floating point; 12 digits keep the rules readable.
const ratio = (n: number) => Number(n.toPrecision(12));

function selector(ids: Record<string, string>): string {
  return `{${Object.entries(ids)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ')}}`;
}

/** Sloth's `slo:sli_error:ratio_rate<window>` expression, written as Sloth writes it. */
function sliExpression(slo: SlothSlo, window: string): string {
  const query = sliErrorRatioQuery(slo.sli)!;
  // An events ratio comes parenthesised; Sloth wraps a raw query in one pair.
  return `${substituteWindow(slo.sli.raw ? `(${query})` : query, window)}\n`;
}

function groupsForSlo(spec: SlothSpec, slo: SlothSlo): RuleGroup[] {
  const id = `${spec.service}-${slo.name}`;
  const ids = {
    sloth_id: id,
    sloth_service: spec.service,
    sloth_slo: slo.name,
  };
  const sel = selector(ids);
  const base = { ...spec.labels, ...slo.labels, ...ids };
  const errorBudget = ratio((100 - slo.objective) / 100);

  const sli: Rule[] = BURN_WINDOWS.map(window => ({
    record: `slo:sli_error:ratio_rate${window}`,
    expr: sliExpression(slo, window),
    labels: { ...base, sloth_window: window },
  }));
  sli.push({
    record: `slo:sli_error:ratio_rate${SLO_PERIOD_WINDOW}`,
    expr:
      `sum_over_time(slo:sli_error:ratio_rate5m${sel}[${SLO_PERIOD_WINDOW}])\n` +
      `/ ignoring (sloth_window)\n` +
      `count_over_time(slo:sli_error:ratio_rate5m${sel}[${SLO_PERIOD_WINDOW}])\n`,
    labels: { ...base, sloth_window: SLO_PERIOD_WINDOW },
  });

  const byIds = 'on(sloth_id, sloth_slo, sloth_service) group_left';
  const meta: Rule[] = [
    {
      record: 'slo:objective:ratio',
      expr: `vector(${ratio(slo.objective / 100)})`,
      labels: base,
    },
    {
      record: 'slo:error_budget:ratio',
      expr: `vector(1-${ratio(slo.objective / 100)})`,
      labels: base,
    },
    {
      record: 'slo:time_period:days',
      expr: `vector(${SLO_PERIOD_DAYS})`,
      labels: base,
    },
    {
      record: 'slo:current_burn_rate:ratio',
      expr: `slo:sli_error:ratio_rate5m${sel}\n/ ${byIds}\nslo:error_budget:ratio${sel}\n`,
      labels: base,
    },
    {
      record: 'slo:period_burn_rate:ratio',
      expr: `slo:sli_error:ratio_rate${SLO_PERIOD_WINDOW}${sel}\n/ ${byIds}\nslo:error_budget:ratio${sel}\n`,
      labels: base,
    },
    {
      record: 'slo:period_error_budget_remaining:ratio',
      expr: `1 - slo:period_burn_rate:ratio${sel}`,
      labels: base,
    },
    {
      record: 'sloth_slo_info',
      expr: 'vector(1)',
      labels: {
        ...base,
        sloth_mode: 'cli-gen-prom',
        sloth_spec: 'prometheus/v1',
        sloth_objective: String(slo.objective),
        sloth_generator: 'runway:slo:generate-rules',
      },
    },
  ];

  const alerts: Rule[] = [];
  for (const severity of ['page', 'ticket'] as const) {
    const options =
      severity === 'page' ? slo.alerting.page_alert : slo.alerting.ticket_alert;
    if (options.disable) continue;
    const [quick, slow] = BURN_RATE_ALERTS.filter(a => a.severity === severity);
    const over = (window: string, factor: number) =>
      `max(slo:sli_error:ratio_rate${window}${sel} > (${factor} * ${errorBudget})) without (sloth_window)`;
    alerts.push({
      // the schema requires a name whenever an alert is enabled
      alert: slo.alerting.name!,
      expr:
        `(\n    ${over(quick.short, quick.factor)}\n    and\n    ${over(
          quick.long,
          quick.factor,
        )}\n)\nor\n` +
        `(\n    ${over(slow.short, slow.factor)}\n    and\n    ${over(
          slow.long,
          slow.factor,
        )}\n)\n`,
      labels: {
        ...slo.alerting.labels,
        ...options.labels,
        sloth_severity: severity,
      },
      annotations: {
        summary:
          '{{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is over expected.',
        title: `(${severity}) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast.`,
        ...slo.alerting.annotations,
        ...options.annotations,
      },
    });
  }

  const suffix = `${spec.service}-${slo.name}`;
  const groups = [
    { name: `sloth-slo-sli-recordings-${suffix}`, rules: sli },
    { name: `sloth-slo-meta-recordings-${suffix}`, rules: meta },
  ];
  return alerts.length
    ? [...groups, { name: `sloth-slo-alerts-${suffix}`, rules: alerts }]
    : groups;
}

/**
 * The SLOs whose SLI is a Sloth plugin: their error-ratio query comes from Sloth's plugin
 * registry, so only `sloth generate` can write their rules.
 */
export function pluginSlos(
  spec: SlothSpec,
): Array<{ slo: string; plugin: string }> {
  return spec.slos.flatMap(slo =>
    slo.sli.plugin ? [{ slo: slo.name, plugin: slo.sli.plugin.id }] : [],
  );
}

/**
 * The PrometheusRule `sloth generate` would write for this spec, for every SLO with an
 * events or raw SLI (see `pluginSlos` for the others).
 */
export function generatePrometheusRule(
  spec: SlothSpec,
  name: string,
  namespace?: string,
): PrometheusRule {
  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: {
      name,
      ...(namespace ? { namespace } : {}),
      labels: {
        'app.kubernetes.io/name': spec.service,
        'app.kubernetes.io/component': 'SLO',
        'app.kubernetes.io/managed-by': 'runway',
      },
    },
    spec: {
      groups: spec.slos.flatMap(slo =>
        slo.sli.plugin ? [] : groupsForSlo(spec, slo),
      ),
    },
  };
}

/** Alert names the rules define: each needs a runbook. */
export function alertNames(rule: PrometheusRule): string[] {
  const names = rule.spec.groups.flatMap(g =>
    g.rules.flatMap(r => (r.alert ? [r.alert] : [])),
  );
  return [...new Set(names)];
}
