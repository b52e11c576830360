import {
  PrometheusClient,
  PrometheusQueryError,
  PromVectorSample,
} from '@runway/runway-node';
import {
  BURN_WINDOWS,
  SLO_PERIOD_DAYS,
  SLO_PERIOD_WINDOW,
} from '@runway/plugin-slo-common';
import { substituteWindow } from '@runway/plugin-slo-node';
import { SloDefinition } from '../spec/slothSpec';
import { chooseStep, RatioSlice } from '../service/sloMath';
import {
  SloMeasurement,
  SloMeasurements,
  SloSource,
  SloSourceAlert,
  sloKey,
} from './SloSource';
import {
  recordedWindowFor,
  slothRatioMetric,
  SLOTH_BUDGET_REMAINING,
} from './slothRules';

const WINDOWS = [...BURN_WINDOWS, SLO_PERIOD_WINDOW] as const;
type Window = (typeof WINDOWS)[number];
const BY = 'by (sloth_service, sloth_slo)';

/** Prometheus answers NaN for 0/0 (a window without traffic): that is "no data", not a number. */
function value(
  sample: PromVectorSample | { value: [number, string] },
): number | null {
  const v = Number(sample.value[1]);
  return Number.isFinite(v) ? v : null;
}

const quote = (s: string) => JSON.stringify(s);
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Labels a single-series expression with its SLO, so many can travel in one `or` query. */
function labelled(def: SloDefinition, expr: string): string {
  return `label_replace(label_replace(max(${expr}), "sloth_service", ${quote(
    def.service,
  )}, "", ""), "sloth_slo", ${quote(def.name)}, "", "")`;
}

/**
 * Reads SLOs from Prometheus. Sloth's recording rules are preferred (`slo:sli_error:ratio_rate<w>`,
 * `slo:period_error_budget_remaining:ratio`); SLOs without them fall back to the spec's own
 * error and total queries with the window substituted. Either way it is ONE instant query per
 * window for all SLOs (aggregated `by (sloth_service, sloth_slo)`), so a page of 500 services
 * costs the same number of Prometheus calls as a page of one.
 */
export class PrometheusSloSource implements SloSource {
  readonly kind = 'live' as const;
  readonly name = 'prometheus';

  constructor(private readonly client: PrometheusClient) {}

  async measure(
    definitions: SloDefinition[],
    options: { now: Date; withSeries: boolean },
  ): Promise<SloMeasurements> {
    const { now, withSeries } = options;
    const measurements: Record<string, SloMeasurement> = {};
    if (definitions.length === 0) return { measurements, alerts: [] };

    const services = [...new Set(definitions.map(d => d.service))];
    const matcher = `{sloth_service=~${quote(
      services.map(escapeRegex).join('|'),
    )}}`;
    const [ruleResults, remaining, alerts] = await Promise.all([
      Promise.all(
        WINDOWS.map(w =>
          this.client.query(
            `max ${BY} (${slothRatioMetric(w)}${matcher})`,
            now,
          ),
        ),
      ),
      this.client.query(`max ${BY} (${SLOTH_BUDGET_REMAINING}${matcher})`, now),
      this.firingAlerts(new Set(services)),
    ]);

    const wanted = new Set(definitions.map(d => sloKey(d.service, d.name)));
    const fromRules = new Set<string>();
    WINDOWS.forEach((w, i) => {
      for (const sample of ruleResults[i]) {
        const key = sloKey(
          sample.metric.sloth_service,
          sample.metric.sloth_slo,
        );
        if (!wanted.has(key)) continue;
        fromRules.add(key);
        measurements[key] ??= emptyMeasurement('sloth-recording-rules');
        measurements[key].ratios[w] = value(sample);
      }
    });
    for (const sample of remaining) {
      const key = sloKey(sample.metric.sloth_service, sample.metric.sloth_slo);
      if (measurements[key]) measurements[key].budgetRemaining = value(sample);
    }

    const fallback = definitions.filter(
      d => !fromRules.has(sloKey(d.service, d.name)) && d.errorRatioQuery,
    );
    if (fallback.length) {
      const results = await Promise.all(
        WINDOWS.map(w =>
          this.queryIsolating(
            fallback,
            d => substituteWindow(d.errorRatioQuery!, w),
            now,
          ),
        ),
      );
      WINDOWS.forEach((w, i) => {
        for (const sample of results[i].samples) {
          const key = sloKey(
            sample.metric.sloth_service,
            sample.metric.sloth_slo,
          );
          measurements[key] ??= emptyMeasurement('spec-queries');
          measurements[key].ratios[w] = value(sample);
        }
        for (const [key, error] of Object.entries(results[i].failures)) {
          measurements[key] ??= emptyMeasurement('spec-queries');
          measurements[key].error ??= error;
        }
      });
    }

    if (withSeries) {
      await this.addSeries(definitions, fromRules, matcher, now, measurements);
    }
    return { measurements, alerts };
  }

  /**
   * Burn-down slices: one range query for the SLOs with recording rules (unweighted recorded
   * ratios), and for the others one range query of their ratios plus one of their traffic,
   * so the burn-down is weighted by requests as the budget is.
   */
  private async addSeries(
    definitions: SloDefinition[],
    fromRules: Set<string>,
    matcher: string,
    now: Date,
    measurements: Record<string, SloMeasurement>,
  ) {
    const periodSeconds = SLO_PERIOD_DAYS * 86400;
    const step = chooseStep(periodSeconds);
    const window = `${step}s`;
    // The first point covers the step that ends one step after the window starts.
    const start = new Date(now.getTime() - (periodSeconds - step) * 1000);
    const slicesFrom = (key: string) => (measurements[key].slices ??= []);

    const ruleDefs = definitions.filter(d =>
      fromRules.has(sloKey(d.service, d.name)),
    );
    const rawDefs = definitions.filter(
      d =>
        !fromRules.has(sloKey(d.service, d.name)) &&
        d.errorRatioQuery &&
        measurements[sloKey(d.service, d.name)] &&
        !measurements[sloKey(d.service, d.name)].error,
    );
    const [ruleSeries, ratioSeries, totalSeries] = await Promise.all([
      ruleDefs.length
        ? this.client.queryRange(
            `max ${BY} (${slothRatioMetric(
              recordedWindowFor(step),
            )}${matcher})`,
            start,
            now,
            step,
          )
        : [],
      rawDefs.length
        ? this.client.queryRange(
            rawDefs
              .map(d =>
                labelled(d, substituteWindow(d.errorRatioQuery!, window)),
              )
              .join('\nor\n'),
            start,
            now,
            step,
          )
        : [],
      rawDefs.some(d => d.totalQuery)
        ? this.client.queryRange(
            rawDefs
              .filter(d => d.totalQuery)
              .map(d => labelled(d, substituteWindow(d.totalQuery!, window)))
              .join('\nor\n'),
            start,
            now,
            step,
          )
        : [],
    ]);
    const weights = new Map<string, Map<number, number>>();
    for (const s of totalSeries) {
      weights.set(
        sloKey(s.metric.sloth_service, s.metric.sloth_slo),
        new Map(s.values.map(([t, v]) => [t, Number(v)])),
      );
    }
    for (const s of [...ruleSeries, ...ratioSeries]) {
      const key = sloKey(s.metric.sloth_service, s.metric.sloth_slo);
      if (!measurements[key]) continue;
      const w = weights.get(key);
      const slices: RatioSlice[] = s.values.map(([t, v]) => {
        const ratio = value({ value: [t, v] });
        const weight = w ? w.get(t) ?? 0 : 1;
        return {
          t,
          ratio: Number.isFinite(weight) ? ratio : null,
          weight: Number.isFinite(weight) ? weight : 0,
        };
      });
      slicesFrom(key).push(...slices);
    }
  }

  /**
   * One `or` query for many SLOs. When Prometheus rejects it (one spec with bad PromQL), the
   * batch is split in halves until the culprits are found, so one broken spec costs a few
   * extra queries (about 2 log2 n) and an error on its own SLO, not the whole page.
   */
  private async queryIsolating(
    defs: SloDefinition[],
    expr: (d: SloDefinition) => string,
    now: Date,
  ): Promise<{
    samples: PromVectorSample[];
    failures: Record<string, string>;
  }> {
    try {
      const samples = await this.client.query(
        defs.map(d => labelled(d, expr(d))).join('\nor\n'),
        now,
      );
      return { samples, failures: {} };
    } catch (error) {
      if (!(error instanceof PrometheusQueryError)) throw error;
      if (defs.length === 1) {
        return {
          samples: [],
          failures: { [sloKey(defs[0].service, defs[0].name)]: error.message },
        };
      }
      const mid = Math.ceil(defs.length / 2);
      const halves = await Promise.all([
        this.queryIsolating(defs.slice(0, mid), expr, now),
        this.queryIsolating(defs.slice(mid), expr, now),
      ]);
      return {
        samples: halves.flatMap(h => h.samples),
        failures: { ...halves[0].failures, ...halves[1].failures },
      };
    }
  }

  /** Firing Sloth alerts of the services asked about, as the demo source answers them. */
  private async firingAlerts(services: Set<string>): Promise<SloSourceAlert[]> {
    const alerts = await this.client.alerts();
    return alerts
      .filter(
        a =>
          a.state === 'firing' &&
          services.has(a.labels.sloth_service) &&
          a.labels.sloth_slo,
      )
      .map(a => ({
        service: a.labels.sloth_service,
        slo: a.labels.sloth_slo,
        alertname: a.labels.alertname ?? 'unnamed',
        severity: a.labels.severity ?? a.labels.sloth_severity ?? 'unknown',
        since: a.activeAt,
      }));
  }
}

function emptyMeasurement(via: SloMeasurement['via']): SloMeasurement {
  const ratios = {} as Record<Window, number | null>;
  for (const w of WINDOWS) ratios[w] = null;
  return { via, ratios };
}
