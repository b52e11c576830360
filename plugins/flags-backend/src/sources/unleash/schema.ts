import { z } from 'zod/v3';

// The parts of Unleash 8's Admin API answers Runway reads (its OpenAPI at /docs/openapi.json:
// projectFeaturesSchema, exportResultSchema, eventSearchResponseSchema). Unknown fields pass.

/** `GET /api/admin/projects/{projectId}/features` */
export const projectFeaturesSchema = z.object({
  features: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      stale: z.boolean(),
      createdAt: z.string().nullable(),
      environments: z.array(
        z.object({
          name: z.string(),
          enabled: z.boolean(),
          lastSeenAt: z.string().nullish(),
        }),
      ),
    }),
  ),
});

/** `POST /api/admin/features-batch/export` with `{ environment, project }` */
export const exportResultSchema = z.object({
  featureStrategies: z.array(
    z.object({
      featureName: z.string(),
      name: z.string(),
      disabled: z.boolean().nullish(),
      parameters: z.record(z.unknown()).nullish(),
    }),
  ),
  featureEnvironments: z.array(
    z.object({
      featureName: z.string(),
      environment: z.string(),
      enabled: z.boolean(),
    }),
  ),
});

const strategyData = z
  .object({
    name: z.string().optional(),
    parameters: z.record(z.unknown()).nullish(),
  })
  .passthrough()
  .nullish();

/** `GET /api/admin/search/events?project=IS:{projectId}` */
export const eventSearchSchema = z.object({
  events: z.array(
    z.object({
      id: z.number(),
      type: z.string(),
      createdBy: z.string(),
      createdAt: z.string(),
      featureName: z.string().nullish(),
      environment: z.string().nullish(),
      label: z.string().nullish(),
      data: z.unknown(),
      preData: z.unknown(),
    }),
  ),
  total: z.number(),
});

export type UnleashEvent = z.infer<typeof eventSearchSchema>['events'][number];

/** A flexibleRollout's `rollout` parameter ("10" or 10) as a number; null when absent. */
export function rolloutOf(parameters: unknown): number | null {
  const raw = (parameters as Record<string, unknown> | null | undefined)
    ?.rollout;
  const pct = typeof raw === 'string' ? Number(raw) : raw;
  return typeof pct === 'number' && Number.isFinite(pct) ? pct : null;
}

export function strategyOf(data: unknown) {
  const parsed = strategyData.safeParse(data);
  return parsed.success ? parsed.data ?? null : null;
}
