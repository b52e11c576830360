import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';
import { explainIssues, ParsedReport } from './types';

const num = z.number().finite();

// Two shapes: `k6 run --summary-export` writes each metric's values flat; the `data` a
// `handleSummary()` receives (and CI writes with JSON.stringify) nests them in `values`.
const flatOrNested = <T extends z.ZodRawShape>(shape: T) =>
  z.union([
    z.object({ values: z.object(shape).passthrough() }).passthrough(),
    z.object(shape).passthrough(),
  ]);

const k6Summary = z.object({
  metrics: z.object({
    http_req_duration: flatOrNested({ 'p(95)': num.nonnegative() }),
    http_req_failed: z.union([
      z.object({ values: z.object({ rate: num.min(0).max(1) }) }).passthrough(),
      z.object({ value: num.min(0).max(1) }).passthrough(),
    ]),
    http_reqs: flatOrNested({ rate: num.nonnegative() }),
  }),
});

const pick = (metric: Record<string, any>, key: string): number =>
  (metric.values ?? metric)[key];

/** p95 latency, error rate and throughput from k6's end-of-test summary JSON. */
export function parseK6(doc: unknown): ParsedReport {
  const parsed = k6Summary.safeParse(doc);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const hint =
      issue?.path.join('.') === 'metrics.http_req_duration'
        ? ' (p(95) missing: keep p(95) in summaryTrendStats)'
        : '';
    throw new InputError(
      `Invalid k6 summary JSON (--summary-export or handleSummary): ${explainIssues(
        parsed.error,
      )}${hint}`,
    );
  }
  const m = parsed.data.metrics;
  const failed = m.http_req_failed as Record<string, any>;
  return {
    kind: 'loadTest',
    figures: {
      p95Ms: pick(m.http_req_duration, 'p(95)'),
      errorRate: failed.values ? failed.values.rate : failed.value,
      rps: pick(m.http_reqs, 'rate'),
    },
  };
}
