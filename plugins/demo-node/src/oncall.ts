import { DemoService, DemoWorld } from './world';

/**
 * The demo world's on-call data: the alerts Prometheus would list right now (exactly the
 * story's `firingAlerts`, shaped as `/api/v1/alerts` documents them) and the runbook every
 * demo service keeps in `runbooks/<alertname>.md`, so each firing alert has its runbook.
 */

/** The alerts every demo service has a runbook for (Sloth's multiwindow burn alerts). @public */
export const DEMO_RUNBOOK_ALERTS = [
  'SloErrorBudgetBurnFast',
  'SloErrorBudgetBurnSlow',
  'SloLatencyBurnFast',
  'SloLatencyBurnSlow',
] as const;

/** An alert as Prometheus' `/api/v1/alerts` lists it. @public */
export interface DemoPromAlert {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  state: 'firing' | 'pending';
  activeAt: string;
  value: string;
}

/** The alerts firing in the demo world now: the story's, each labelled like Sloth labels it. @public */
export function demoFiringAlerts(world: DemoWorld): DemoPromAlert[] {
  return world.story.firingAlerts.map(alert => {
    const service = world.services.find(s => s.name === alert.service);
    const latency = /latency/i.test(alert.alertname);
    const slo = latency ? 'requests-latency' : 'requests-availability';
    const burn = alert.severity === 'page' ? 25 : 5;
    return {
      labels: {
        alertname: alert.alertname,
        severity: alert.severity,
        sloth_service: alert.service,
        sloth_slo: slo,
        sloth_id: `${alert.service}-${slo}`,
        owner: service?.owner ?? 'unknown',
      },
      annotations: {
        title: `(${alert.severity}) ${alert.service} ${slo} SLO error budget burn rate is too fast.`,
        summary: `${alert.service} is burning its ${slo} error budget ${burn}x faster than sustainable.`,
      },
      state: 'firing',
      activeAt: alert.since,
      value: String(burn),
    };
  });
}

const ADVICE: Record<
  (typeof DEMO_RUNBOOK_ALERTS)[number],
  { what: string; first: string[] }
> = {
  SloErrorBudgetBurnFast: {
    what: 'more than 14.4x the sustainable rate of requests fail with a 5xx over the last hour',
    first: [
      'Open the service page and look at the **last deploys**: a deploy in the last hour is the usual cause; roll it back first, investigate later.',
      'Check the error rate per route in the dashboards and the logs for the first exception.',
      'If a dependency is down, fail fast and tell its owners in their channel.',
    ],
  },
  SloErrorBudgetBurnSlow: {
    what: 'errors have been eating the monthly budget about 3x faster than sustainable for a day',
    first: [
      'This is a ticket, not a page: open an issue for the owning team.',
      'Find the routes whose error ratio grew over the week and what changed there.',
    ],
  },
  SloLatencyBurnFast: {
    what: 'many more requests than budgeted are slower than the latency objective over the last hour',
    first: [
      'Look at saturation first: CPU throttling, PHP-FPM workers busy, database connections.',
      'Scale out the deployment if pods are saturated; roll back if a deploy just went out.',
    ],
  },
  SloLatencyBurnSlow: {
    what: 'slow requests have been eating the latency budget faster than sustainable for hours',
    first: [
      'Open a ticket for the owning team with the slowest routes of the week.',
      'Compare p95 per route before and after the last deploys; check slow queries.',
    ],
  },
};

/** The runbook Markdown of one alert for one service. @public */
export function demoRunbookMarkdown(
  service: DemoService,
  alertname: (typeof DEMO_RUNBOOK_ALERTS)[number],
): string {
  const advice = ADVICE[alertname];
  const steps = [...advice.first];
  if (service.database)
    steps.push(
      "Check the database: `SELECT * FROM pg_stat_activity WHERE state <> 'idle';` for blocked queries.",
    );
  if (service.cache)
    steps.push(
      'Check the Redis hit ratio; a cold cache after a restart can explain a short burst.',
    );
  return [
    `# ${alertname} on ${service.name}`,
    '',
    `**Owner:** ${service.owner} · **Objective:** ${service.availabilityTarget}% availability, p95 under ${service.latencyP95Ms} ms`,
    '',
    '## What it means',
    '',
    `${service.description}. This alert fires when ${advice.what}.`,
    '',
    '## First steps',
    '',
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    '## Escalation',
    '',
    `Page the secondary of ${service.owner} after 30 minutes without mitigation.`,
    '',
  ].join('\n');
}

/** `runbooks/<alertname>.md` of one service, keyed by file name. @public */
export function demoRunbookFiles(service: DemoService): Map<string, string> {
  return new Map(
    DEMO_RUNBOOK_ALERTS.map(name => [
      `${name}.md`,
      demoRunbookMarkdown(service, name),
    ]),
  );
}
