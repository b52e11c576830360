import { HttpAuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { OncallService } from './service/OncallService';

/** A full entity ref; a bare name means `defaultKind` in the default namespace. */
const refOf = (defaultKind: string) =>
  z
    .string()
    .min(1)
    .transform((ref, ctx) => {
      try {
        return stringifyEntityRef(
          parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
        );
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
        return z.NEVER;
      }
    });
const entityRef = refOf('component');
// Owners are teams: `?owner=team-payments` means the group, not a component of that name.
const ownerRef = refOf('group');
const oneOrMany = (ref: typeof entityRef) =>
  z
    .union([ref, z.array(ref)])
    .transform((v): string[] => (Array.isArray(v) ? v : [v]));

const listQuery = z.object({
  entityRef: oneOrMany(entityRef).optional(),
  owner: oneOrMany(ownerRef).optional(),
});
const idParams = z.object({
  id: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'not an alert id'),
});
const runbooksQuery = z.object({ entityRef });
const batchBody = z.object({ entityRefs: z.array(entityRef).min(1).max(1000) });

function parse<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  value: unknown,
): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new InputError(
      result.error.issues
        .map(i => `${i.path.join('.') || 'input'}: ${i.message}`)
        .join('; '),
    );
  }
  return result.data;
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  oncall: OncallService;
}): Promise<express.Router> {
  const { httpAuth, oncall } = options;
  const router = Router();
  router.use(express.json());

  router.get('/alerts', async (req, res) => {
    const query = parse(listQuery, req.query);
    const credentials = await httpAuth.credentials(req);
    res.json(
      await oncall.listAlerts(credentials, {
        entityRefs: query.entityRef,
        owners: query.owner,
      }),
    );
  });

  router.get('/alerts/:id', async (req, res) => {
    const { id } = parse(idParams, req.params);
    res.json(await oncall.getAlert(await httpAuth.credentials(req), id));
  });

  router.get('/runbooks', async (req, res) => {
    const query = parse(runbooksQuery, req.query);
    res.json(
      await oncall.listRunbooks(
        await httpAuth.credentials(req),
        query.entityRef,
      ),
    );
  });

  router.post('/batch', async (req, res) => {
    const body = parse(batchBody, req.body);
    res.json(
      await oncall.batch(await httpAuth.credentials(req), body.entityRefs),
    );
  });

  return router;
}
