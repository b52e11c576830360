import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/**
 * The most entity refs one batch request may name, in every family: the scorecard asks
 * for a whole fleet in one call and 1000 bounds the work one request can start.
 *
 * @public
 */
export const BATCH_LIMIT = 1000;

/** @public */
export interface EntityRefSchemaOptions {
  /**
   * The kind a bare name means (`?owner=team-payments` is a group, `?entityRef=checkout-api`
   * a component), always in the default namespace. Without it the kind must be written.
   */
  defaultKind?: string;
}

/**
 * An entity ref, normalised the way the catalog writes it (`kind:namespace/name`); anything
 * else is a clear 400.
 *
 * @public
 */
export function entityRefSchema(options: EntityRefSchemaOptions = {}) {
  const { defaultKind } = options;
  return z
    .string()
    .min(1)
    .max(512)
    .transform((ref, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
        );
      } catch {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `not an entity ref (kind:namespace/name): ${ref}`,
        });
        return z.NEVER;
      }
    });
}

/**
 * One to `limit` entity refs, each normalised, duplicates dropped (a batch answers once per
 * entity).
 *
 * @public
 */
export function entityRefList(
  limit: number = BATCH_LIMIT,
  options: EntityRefSchemaOptions = {},
) {
  return z
    .array(entityRefSchema(options))
    .min(1)
    .max(limit)
    .transform(refs => [...new Set(refs)]);
}

/**
 * The body of every family's `POST /batch`: `{ entityRefs: [...] }`.
 *
 * @public
 */
export function entityRefsBody(
  limit: number = BATCH_LIMIT,
  options: EntityRefSchemaOptions = {},
) {
  return z.object({ entityRefs: entityRefList(limit, options) });
}

/**
 * The query of every family's entity route: `?entityRef=kind:namespace/name`.
 *
 * @public
 */
export const entityRefQuery = z.object({ entityRef: entityRefSchema() });

/**
 * The query of every family's team route: `?team=` a group ref (a bare name is a group).
 *
 * @public
 */
export const teamRefQuery = z.object({
  team: entityRefSchema({ defaultKind: 'group' }),
});

/**
 * Validates route input (a query, a body, path params) and answers an `InputError` (400)
 * naming the first field at fault: `field: what is wrong`.
 *
 * @public
 */
export function parseInput<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  input: unknown,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${issue.path.join('.') || 'request'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
