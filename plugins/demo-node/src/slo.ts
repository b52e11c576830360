import {
  BURN_WINDOWS,
  SLO_PERIOD_DAYS,
  SLO_PERIOD_WINDOW,
  SloWindow,
  WINDOW_SECONDS,
} from '@runway/plugin-slo-common';
import { stringify } from 'yaml';
import { memoForWorld } from './memo';
import { randomFor } from './random';
import { DemoService, DemoWorld } from './world';

/**
 * The demo world's SLOs: the Sloth `prometheus/v1` spec every demo service carries in
 * `slo/slo.yaml`, and the error ratios Prometheus would answer for it. The numbers follow
 * the story: the failed canary burns budget during the very minutes it was live, the two
 * firing alerts are burning their SLOs right now (page: fast burn on availability, ticket:
 * slow burn on latency), everything else burns slowly inside its budget.
 */

const MINUTE = 60_000;
const BUCKET = 5 * MINUTE;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The windows and period are the SLO family's own (slo-common), so the demo world records
// exactly the ratios the SLO backend reads and the scaffolder's rules write.
const DEMO_SLO_WINDOWS: SloWindow[] = [...BURN_WINDOWS, SLO_PERIOD_WINDOW];

/** @public */
export const DEMO_AVAILABILITY_SLO = 'requests-availability';
/** @public */
export const DEMO_LATENCY_SLO = 'requests-latency';

/** @public */
export interface DemoSloDefinition {
  service: string;
  name: string;
  objective: number;
  description: string;
}

/** @public */
export function demoSloDefinitions(service: DemoService): DemoSloDefinition[] {
  return [
    {
      service: service.name,
      name: DEMO_AVAILABILITY_SLO,
      objective: service.availabilityTarget,
      description: 'Requests answered without a 5xx.',
    },
    {
      service: service.name,
      name: DEMO_LATENCY_SLO,
      objective: 95,
      description: `Requests answered within ${service.latencyP95Ms} ms.`,
    },
  ];
}

/** The Sloth spec file of one service, as the template writes it. @public */
export function demoSloSpecYaml(service: DemoService): string {
  const sel = `service="${service.name}"`;
  const le = service.latencyP95Ms / 1000;
  const [availability, latency] = demoSloDefinitions(service);
  const alerting = (name: string) => ({
    name,
    page_alert: { labels: { severity: 'page' } },
    ticket_alert: { labels: { severity: 'ticket' } },
  });
  const spec = {
    version: 'prometheus/v1',
    service: service.name,
    labels: { owner: service.owner },
    slos: [
      {
        ...withoutService(availability),
        sli: {
          events: {
            error_query: `sum(rate(http_requests_total{${sel},code=~"5.."}[{{.window}}]))`,
            total_query: `sum(rate(http_requests_total{${sel}}[{{.window}}]))`,
          },
        },
        alerting: alerting('SloErrorBudgetBurn'),
      },
      {
        ...withoutService(latency),
        sli: {
          events: {
            error_query:
              `sum(rate(http_request_duration_seconds_count{${sel}}[{{.window}}]))` +
              ` - sum(rate(http_request_duration_seconds_bucket{${sel},le="${le}"}[{{.window}}]))`,
            total_query: `sum(rate(http_request_duration_seconds_count{${sel}}[{{.window}}]))`,
          },
        },
        alerting: alerting('SloLatencyBurn'),
      },
    ],
  };
  return `# Sloth prometheus/v1 spec. Generated from @runway/demo-node.\n${stringify(
    spec,
  )}`;
}

function withoutService(d: DemoSloDefinition) {
  return { name: d.name, objective: d.objective, description: d.description };
}

/** One hour of the burn-down: its error ratio and its request count. @public */
export interface DemoSloSlice {
  /** End of the hour, unix seconds. */
  t: number;
  ratio: number | null;
  requests: number;
}

/** @public */
export interface DemoSloMeasurement {
  ratios: Record<SloWindow, number | null>;
  /** Hourly slices over the period, oldest first. */
  slices: DemoSloSlice[];
}

/** The story's alerts, per (service, SLO): which SLO each alert is about. @public */
export function demoSloAlerts(world: DemoWorld) {
  return world.story.firingAlerts.map(a => ({
    ...a,
    slo: /latency/i.test(a.alertname)
      ? DEMO_LATENCY_SLO
      : DEMO_AVAILABILITY_SLO,
  }));
}

interface Burst {
  from: number;
  to: number;
  /** Error ratio during the burst, as a multiple of the budget. */
  burn: number;
}

/** Bursts of errors the story calls for, for one SLO. */
function storyBursts(
  world: DemoWorld,
  service: string,
  slo: string,
  budget: number,
): Burst[] {
  const bursts: Burst[] = [];
  const now = Date.parse(world.now);
  const canary = world.story.failedCanary;
  if (canary.service === service) {
    // The bad canary answered 12% 5xx and was slow for a third of its requests until rollback.
    const ratio = slo === DEMO_AVAILABILITY_SLO ? 0.12 : 0.35;
    bursts.push({
      from: Date.parse(canary.at),
      to: Date.parse(canary.rolledBackAt),
      burn: ratio / budget,
    });
  }
  for (const alert of demoSloAlerts(world)) {
    if (alert.service !== service || alert.slo !== slo) continue;
    // page: 25x over the last hour and 5 minutes; ticket: 5x since `since`, on top of a 3-day
    // slow burn that keeps the 3d window above 1x.
    if (alert.severity === 'page') {
      bursts.push({ from: Date.parse(alert.since), to: now, burn: 25 });
    } else {
      bursts.push({ from: now - 3 * DAY, to: now, burn: 0.9 });
      bursts.push({ from: Date.parse(alert.since), to: now, burn: 5 });
    }
  }
  return bursts;
}

/**
 * Error ratios over every Sloth window and hourly burn-down slices for one SLO, ending at the
 * world's `now`. Pure: the same world gives the same numbers. Computed once per world, service
 * and SLO, and shared by every caller (the SLO family, on-call's burn rates): do not modify
 * the answer.
 *
 * @public
 */
export function demoSloMeasurement(
  world: DemoWorld,
  service: DemoService,
  slo: DemoSloDefinition,
): DemoSloMeasurement {
  return memoForWorld(
    world,
    `slo:${JSON.stringify([service.name, slo.name, slo.objective])}`,
    () => measure(world, service, slo),
  );
}

function measure(
  world: DemoWorld,
  service: DemoService,
  slo: DemoSloDefinition,
): DemoSloMeasurement {
  const budget = 1 - slo.objective / 100;
  const now = Date.parse(world.now);
  const start = now - SLO_PERIOD_DAYS * DAY;
  const rnd = randomFor(world.seed, 'slo', service.name, slo.name);
  const baseBurn = 0.15 + 0.4 * rnd.next();
  const dailyWobble = Array.from(
    { length: SLO_PERIOD_DAYS + 1 },
    () => 0.6 + 0.8 * rnd.next(),
  );
  const bursts = storyBursts(world, service.name, slo.name, budget);
  const scale = world.story.scaleUp;
  const scaledFrom =
    scale.service === service.name ? Date.parse(scale.at) : Infinity;

  const buckets = (SLO_PERIOD_DAYS * DAY) / BUCKET;
  const errors = new Float64Array(buckets);
  const requests = new Float64Array(buckets);
  for (let i = 0; i < buckets; i++) {
    const t = start + i * BUCKET;
    const hourOfDay = (t % DAY) / HOUR;
    let rps =
      service.baseRps *
      (1 + 0.4 * Math.sin((2 * Math.PI * (hourOfDay - 9)) / 24));
    if (t >= scaledFrom) rps *= scale.factor;
    let burn = baseBurn * dailyWobble[Math.floor((t - start) / DAY)];
    for (const b of bursts)
      if (t >= b.from && t < b.to) burn = Math.max(burn, b.burn);
    requests[i] = Math.round(rps * 300);
    errors[i] = Math.min(1, burn * budget) * requests[i];
  }

  const ratios = {} as Record<SloWindow, number | null>;
  for (const w of DEMO_SLO_WINDOWS) {
    const n = (1000 * WINDOW_SECONDS[w]) / BUCKET;
    let e = 0;
    let r = 0;
    for (let i = buckets - n; i < buckets; i++) {
      e += errors[i];
      r += requests[i];
    }
    ratios[w] = r > 0 ? e / r : null;
  }

  const perHour = HOUR / BUCKET;
  const slices: DemoSloSlice[] = [];
  for (let h = 0; h < buckets / perHour; h++) {
    let e = 0;
    let r = 0;
    for (let i = h * perHour; i < (h + 1) * perHour; i++) {
      e += errors[i];
      r += requests[i];
    }
    slices.push({
      t: (start + (h + 1) * HOUR) / 1000,
      ratio: r > 0 ? e / r : null,
      requests: r,
    });
  }
  return { ratios, slices };
}
