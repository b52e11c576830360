import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/**
 * A full entity ref (`kind:namespace/name`, namespace optional), normalised the way the
 * catalog writes it; anything else is a clear 400.
 *
 * @public
 */
export const entityRefSchema = z
  .string()
  .min(3)
  .max(512)
  .transform((ref, ctx) => {
    try {
      return stringifyEntityRef(parseEntityRef(ref));
    } catch {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `not an entity ref: ${ref}`,
      });
      return z.NEVER;
    }
  });

/**
 * Validates route input and answers an `InputError` (400) naming the first field at fault.
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
