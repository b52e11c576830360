import { z } from 'zod/v3';
import * as z4 from 'zod/v4';

/**
 * The parts of ArgoCD's `v1alpha1.Application` we read (GET /api/v1/applications).
 * Everything else in the payload is ignored, not rejected. On zod 4: the list is every
 * whole Application with ten history entries each, megabytes at a fleet's size, and zod 4
 * reads it several times faster than zod 3.
 */
const historySchema = z4.object({
  id: z4.number(),
  revision: z4.string().optional(),
  /** A multi-source app's revisions, one per source, and no `revision`. */
  revisions: z4.array(z4.string()).nullish(),
  deployedAt: z4.string(),
  deployStartedAt: z4.string().optional(),
  initiatedBy: z4
    .object({
      username: z4.string().optional(),
      automated: z4.boolean().optional(),
    })
    .optional(),
});

export const applicationSchema = z4.object({
  metadata: z4.object({
    name: z4.string(),
    namespace: z4.string().optional(),
    labels: z4.record(z4.string(), z4.string()).optional(),
  }),
  spec: z4
    .object({
      project: z4.string().optional(),
      destination: z4.object({ namespace: z4.string().optional() }).optional(),
    })
    .optional(),
  status: z4
    .object({
      sync: z4
        .object({
          status: z4.string(),
          revision: z4.string().optional(),
          revisions: z4.array(z4.string()).nullish(),
        })
        .optional(),
      health: z4.object({ status: z4.string() }).optional(),
      history: z4.array(historySchema).nullish(),
      summary: z4
        .object({ images: z4.array(z4.string()).nullish() })
        .optional(),
      reconciledAt: z4.string().optional(),
    })
    .optional(),
});
export type Application = z4.infer<typeof applicationSchema>;

export const applicationListSchema = z4.object({
  items: z4.array(applicationSchema).nullish(),
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
