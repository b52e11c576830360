import { InputError } from '@backstage/errors';
import { parse } from 'yaml';
import { z } from 'zod/v3';
import { errorBudget } from '../service/sloMath';

// Sloth's `prometheus/v1` spec (https://sloth.dev/specs/default/), the parts Runway reads.
const alertSchema = z
  .object({
    disable: z.boolean().optional(),
    labels: z.record(z.string()).optional(),
    annotations: z.record(z.string()).optional(),
  })
  .optional();

const sloSchema = z.object({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  objective: z.number(),
  description: z.string().optional(),
  labels: z.record(z.string()).optional(),
  sli: z
    .object({
      events: z
        .object({
          error_query: z.string().min(1),
          total_query: z.string().min(1),
        })
        .optional(),
      raw: z.object({ error_ratio_query: z.string().min(1) }).optional(),
      plugin: z
        .object({ id: z.string(), options: z.record(z.string()).optional() })
        .optional(),
    })
    .refine(
      s => s.events || s.raw || s.plugin,
      'sli needs events, raw or plugin',
    ),
  alerting: z
    .object({
      name: z.string().optional(),
      labels: z.record(z.string()).optional(),
      annotations: z.record(z.string()).optional(),
      page_alert: alertSchema,
      ticket_alert: alertSchema,
    })
    .optional(),
});

const specSchema = z.object({
  version: z.literal('prometheus/v1'),
  service: z.string().min(1),
  labels: z.record(z.string()).optional(),
  slos: z.array(sloSchema).min(1),
});

/** One SLO of a spec, reduced to what the sources need. */
export interface SloDefinition {
  service: string;
  name: string;
  objective: number;
  description?: string;
  /** Error ratio over `{{.window}}`; absent for plugin SLIs (only Sloth's recording rules work then). */
  errorRatioQuery?: string;
  /** Event rate over `{{.window}}` (events SLIs only): weighs the burn-down by traffic. */
  totalQuery?: string;
}

/** The error-ratio PromQL Sloth builds from a spec's SLI, window still templated. */
function ratioQuery(sli: z.infer<typeof sloSchema>['sli']): string | undefined {
  if (sli.events)
    return `(${sli.events.error_query})\n/\n(${sli.events.total_query})`;
  if (sli.raw) return sli.raw.error_ratio_query;
  return undefined;
}

/** Sloth's window placeholder, with the spaces Go templates allow. */
export function substituteWindow(query: string, window: string): string {
  return query.replace(/\{\{\s*\.window\s*\}\}/g, window);
}

/**
 * Parses and validates a Sloth spec. Anything wrong gives an `InputError` that names the
 * field, so the entity page can say exactly what to fix.
 */
export function parseSlothSpec(text: string): SloDefinition[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw new InputError(`SLO spec is not valid YAML: ${(e as Error).message}`);
  }
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `SLO spec is not a Sloth prometheus/v1 spec (${
        issue.path.join('.') || 'root'
      }: ${issue.message})`,
    );
  }
  const spec = parsed.data;
  return spec.slos.map(slo => {
    try {
      errorBudget(slo.objective);
    } catch (e) {
      throw new InputError(`SLO ${slo.name}: ${(e as Error).message}`);
    }
    return {
      service: spec.service,
      name: slo.name,
      objective: slo.objective,
      description: slo.description,
      errorRatioQuery: ratioQuery(slo.sli),
      totalQuery: slo.sli.events?.total_query,
    };
  });
}
