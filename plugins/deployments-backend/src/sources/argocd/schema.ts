import { z } from 'zod/v3';

/**
 * The parts of ArgoCD's `v1alpha1.Application` we read (GET /api/v1/applications).
 * Everything else in the payload is ignored, not rejected.
 */
const historySchema = z.object({
  id: z.number(),
  revision: z.string().optional(),
  deployedAt: z.string(),
  deployStartedAt: z.string().optional(),
  initiatedBy: z
    .object({
      username: z.string().optional(),
      automated: z.boolean().optional(),
    })
    .optional(),
});

export const applicationSchema = z.object({
  metadata: z.object({
    name: z.string(),
    namespace: z.string().optional(),
    labels: z.record(z.string()).optional(),
  }),
  spec: z
    .object({
      project: z.string().optional(),
      destination: z.object({ namespace: z.string().optional() }).optional(),
    })
    .optional(),
  status: z
    .object({
      sync: z
        .object({ status: z.string(), revision: z.string().optional() })
        .optional(),
      health: z.object({ status: z.string() }).optional(),
      history: z.array(historySchema).nullish(),
      summary: z.object({ images: z.array(z.string()).nullish() }).optional(),
      reconciledAt: z.string().optional(),
    })
    .optional(),
});
export type Application = z.infer<typeof applicationSchema>;

export const applicationListSchema = z.object({
  items: z.array(applicationSchema).nullish(),
});

/** GET /api/v1/applications/{name}/resource-tree */
export const resourceTreeSchema = z.object({
  nodes: z
    .array(
      z.object({
        kind: z.string(),
        group: z.string().optional(),
        version: z.string().optional(),
        name: z.string(),
        namespace: z.string().optional(),
        health: z
          .object({ status: z.string(), message: z.string().optional() })
          .optional(),
      }),
    )
    .nullish(),
});
export type ResourceNode = NonNullable<
  z.infer<typeof resourceTreeSchema>['nodes']
>[number];

/** GET /api/v1/applications/{name}/resource: the live manifest as a JSON string. */
export const resourceSchema = z.object({ manifest: z.string() });

/** The fields of an Argo Rollouts `Rollout` that describe progress. */
export const rolloutManifestSchema = z.object({
  spec: z.object({
    strategy: z.object({
      canary: z
        .object({
          steps: z
            .array(z.object({ setWeight: z.number().optional() }).passthrough())
            .optional(),
        })
        .optional(),
      blueGreen: z.object({}).passthrough().optional(),
    }),
  }),
  status: z
    .object({
      phase: z.string().optional(),
      currentStepIndex: z.number().optional(),
      currentPodHash: z.string().optional(),
      stableRS: z.string().optional(),
      canary: z
        .object({
          weights: z
            .object({ canary: z.object({ weight: z.number() }) })
            .optional(),
        })
        .optional(),
      blueGreen: z
        .object({
          activeSelector: z.string().optional(),
          previewSelector: z.string().optional(),
        })
        .optional(),
    })
    .optional(),
});

/** GET /api/v1/applications/{name}/revisions/{revision}/metadata */
export const revisionMetadataSchema = z.object({
  author: z.string().optional(),
  date: z.string().optional(),
  message: z.string().optional(),
});

/** POST sync / rollback answer with the Application. */
export const operationAnswerSchema = z.object({
  metadata: z.object({ name: z.string() }),
});
