import { z } from 'zod/v3';

// Sloth's prometheus/v1 spec (https://sloth.dev/specs/prometheus/v1), the fields Runway
// generates rules from. SLI plugins need Sloth's plugin registry, so they are refused here.

const labelName = z
  .string()
  .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'must be a Prometheus label name');
const labels = z.record(labelName, z.string()).default({});
const windowQuery = z
  .string()
  .min(1)
  .refine(
    q => q.includes('{{.window}}'),
    'must contain {{.window}}, which Sloth replaces with each window',
  );

const alert = z
  .object({
    disable: z.boolean().default(false),
    labels,
    annotations: labels,
  })
  .default({});

export const slothSloSchema = z.object({
  name: z
    .string()
    .regex(
      /^[a-zA-Z0-9][-a-zA-Z0-9_]*$/,
      'must be letters, digits, "-" and "_"',
    ),
  objective: z.number().gt(0).lte(100),
  description: z.string().optional(),
  labels,
  sli: z.union([
    z.object({
      events: z.object({ error_query: windowQuery, total_query: windowQuery }),
    }),
    z.object({ raw: z.object({ error_ratio_query: windowQuery }) }),
  ]),
  alerting: z.object({
    // Prometheus refuses alert names that are not metric-name-like
    name: z
      .string()
      .regex(
        /^[a-zA-Z_:][a-zA-Z0-9_:]*$/,
        'must be a valid Prometheus alert name',
      ),
    labels,
    annotations: labels,
    page_alert: alert,
    ticket_alert: alert,
  }),
});

export const slothSpecSchema = z.object({
  version: z.literal('prometheus/v1'),
  service: z.string().min(1),
  labels,
  slos: z.array(slothSloSchema).min(1),
});

export type SlothSpec = z.infer<typeof slothSpecSchema>;
export type SlothSlo = z.infer<typeof slothSloSchema>;
