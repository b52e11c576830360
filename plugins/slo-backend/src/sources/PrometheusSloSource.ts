import {
  PrometheusClient,
  PrometheusQueryError,
  PromVectorSample,
} from '@runway/runway-node';
import {
  BURN_WINDOWS,
  SLO_PERIOD_DAYS,
  SLO_PERIOD_WINDOW,
  SloWindow,
} from '@runway/plugin-slo-common';
import { substituteWindow } from '@runway/plugin-slo-node';
import { SloDefinition } from '../spec/slothSpec';
import {
  branchesOf,
  branchQuery,
  branchSize,
  escapeRegex,
  membersOf,
  quote,
  SliBranch,
  splitBranch,
} from './sliBatch';
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

/** The report shows each burn rate, the period gives SLI and budget. */
const WINDOWS = [...BURN_WINDOWS, SLO_PERIOD_WINDOW] as const;
type Window = (typeof WINDOWS)[number];
const BY = 'by (sloth_service, sloth_slo)';
const WINDOW_OF_METRIC = new Map<string, Window>(
  WINDOWS.map(w => [slothRatioMetric(w), w]),
);
/** The names of Sloth's ratio series of every window and of its remaining budget. */
const RULE_METRICS = [
  ...WINDOWS.map(w => slothRatioMetric(w)),
  SLOTH_BUDGET_REMAINING,
]
  .map(escapeRegex)
  .join('|');

/** Prometheus answers NaN for 0/0 (a window without traffic): that is "no data", not a number. */
function value(
  sample: PromVectorSample | { value: [number, string] },
): number | null {
  const v = Number(sample.value[1]);
  return Number.isFinite(v) ? v : null;
}

/** Labels a single-series expression with its SLO, so many can travel in one `or` query. */
function labelled(def: SloDefinition, expr: string): string {
  return `label_replace(label_replace(max(${expr}), "sloth_service", ${quote(
    def.service,
  )}, "", ""), "sloth_slo", ${quote(def.name)}, "", "")`;
}

/**
 * Reads SLOs from Prometheus. Sloth's recording rules are preferred (`slo:sli_error:ratio_rate<w>`,
 * `slo:period_error_budget_remaining:ratio`): ONE instant query reads them for every window and
 * SLO. SLOs without them fall back to the spec's own error-ratio query, ONE instant query per
 * window for all of them: SLIs of one shape (the fleet's template with the service in a label
 * matcher) are read together `sum by` that label (see `sliBatch`), so a page of 500 services
 * costs the same number of Prometheus calls, and about the same work per call, as a page of
 * one.
 */
export class PrometheusSloSource implements SloSource {
  readonly kind = 'live' as const;
  readonly name = 'prometheus';

  /** Whether Sloth's rules answered every SLO of the last measurement; unknown (no) at start. */
  private rulesCoveredAll = false;

  constructor(private readonly client: PrometheusClient) {}

  async measure(
    definitions: SloDefinition[],
    options: {
      now: Date;
      withSeries: boolean;
      windows?: readonly SloWindow[];
    },
  ): Promise<SloMeasurements> {
    const { now, withSeries, windows = WINDOWS } = options;
    const measurements: Record<string, SloMeasurement> = {};
    if (definitions.length === 0) return { measurements, alerts: [] };

    const services = [...new Set(definitions.map(d => d.service))];
    const matcher = `{sloth_service=~${quote(
      services.map(escapeRegex).join('|'),
    )}}`;
    // Every Sloth series of every window in ONE query: their names tell the windows apart.
    const rules = Promise.all([
      this.client.query(
        `max by (__name__, sloth_service, sloth_slo) ({__name__=~${quote(
          RULE_METRICS,
        )}, ${matcher.slice(1, -1)}})`,
        now,
      ),
      this.firingAlerts(new Set(services)),
    ]);
    // Until this process has seen Sloth's rules cover every SLO asked, the window queries go
    // out with the rules query instead of after it: Prometheus computes them while the rules
    // answer travels, so the page waits one round trip, not two. Answers for SLOs the rules
    // turn out to cover are dropped, and once the rules cover every SLO the queries still
    // running are cancelled: a fleet with rules pays that once per process.
    const withQuery = definitions.filter(d => d.errorRatioQuery);
    const cancel = new AbortController();
    const early =
      this.rulesCoveredAll || !withQuery.length
        ? undefined
        : this.windowQueries(withQuery, windows, now, cancel.signal);
    early?.catch(() => undefined); // awaited below, or not needed: never unhandled
    const [ruleResults, alerts] = await rules;

    const wanted = new Set(definitions.map(d => sloKey(d.service, d.name)));
    const fromRules = new Set<string>();
    const remaining = new Map<string, number | null>();
    for (const sample of ruleResults) {
      const key = sloKey(sample.metric.sloth_service, sample.metric.sloth_slo);
      if (!wanted.has(key)) continue;
      const name = sample.metric.__name__;
      if (name === SLOTH_BUDGET_REMAINING) {
        remaining.set(key, value(sample));
        continue;
      }
      const w = WINDOW_OF_METRIC.get(name);
      if (!w) continue;
      fromRules.add(key);
      measurements[key] ??= emptyMeasurement('sloth-recording-rules');
      measurements[key].ratios[w] = value(sample);
    }
    for (const [key, r] of remaining) {
      if (measurements[key]) measurements[key].budgetRemaining = r;
    }

    const fallback = withQuery.filter(
      d => !fromRules.has(sloKey(d.service, d.name)),
    );
    this.rulesCoveredAll = fallback.length === 0;
    if (this.rulesCoveredAll) cancel.abort();
    if (fallback.length) {
      const keys = new Set(fallback.map(d => sloKey(d.service, d.name)));
      const results = await (early ??
        this.windowQueries(fallback, windows, now));
      windows.forEach((w, i) => {
        for (const { key, sample } of results[i].samples) {
          if (!keys.has(key)) continue;
          measurements[key] ??= emptyMeasurement('spec-queries');
          measurements[key].ratios[w] = value(sample);
        }
        for (const [key, error] of Object.entries(results[i].failures)) {
          if (!keys.has(key)) continue;
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
   * One query per window asked for, for all the given SLOs: each SLI shape once, keyed by its
   * labels. The period's query reads 30 days of every service's samples: a caller that shows
   * no SLI or budget does not pay for it.
   */
  private windowQueries(
    definitions: SloDefinition[],
    windows: readonly SloWindow[],
    now: Date,
    signal?: AbortSignal,
  ) {
    const branches = branchesOf(
      definitions.map(d => ({
        item: sloKey(d.service, d.name),
        query: d.errorRatioQuery!,
      })),
    );
    return Promise.all(
      windows.map(w => this.queryIsolating(branches, w, now, signal)),
    );
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
   * One `or` query of the branches. When Prometheus rejects it (one spec with bad PromQL),
   * the branches, then a branch's members, are split in halves until the culprits are
   * found, so one broken spec costs a few extra queries (about 2 log2 n) and an error on its
   * own SLO, not the whole page.
   */
  private async queryIsolating(
    branches: SliBranch<string>[],
    window: Window,
    now: Date,
    signal?: AbortSignal,
  ): Promise<{
    samples: Array<{ key: string; sample: PromVectorSample }>;
    failures: Record<string, string>;
  }> {
    try {
      const answer = await this.client.query(
        branches.map((b, i) => branchQuery(b, i, window)).join('\nor\n'),
        now,
        signal,
      );
      const samples: Array<{ key: string; sample: PromVectorSample }> = [];
      for (const sample of answer) {
        const branch = branches[Number(sample.metric.runway_branch)];
        if (!branch) continue;
        for (const key of membersOf(branch, sample.metric))
          samples.push({ key, sample });
      }
      return { samples, failures: {} };
    } catch (error) {
      if (!(error instanceof PrometheusQueryError)) throw error;
      let halves: SliBranch<string>[][];
      if (branches.length > 1) {
        const mid = Math.ceil(branches.length / 2);
        halves = [branches.slice(0, mid), branches.slice(mid)];
      } else if (branchSize(branches[0]) > 1) {
        halves = splitBranch(branches[0]).map(b => [b]);
      } else {
        const keys = [...branches[0].members.values()].flat();
        return {
          samples: [],
          failures: Object.fromEntries(keys.map(k => [k, error.message])),
        };
      }
      const answers = await Promise.all(
        halves.map(h => this.queryIsolating(h, window, now, signal)),
      );
      return {
        samples: answers.flatMap(a => a.samples),
        failures: Object.assign({}, ...answers.map(a => a.failures)),
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
