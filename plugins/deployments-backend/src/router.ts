import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { deploymentsSyncPermission } from '@runway/plugin-deployments-common';
import express from 'express';
import Router from 'express-promise-router';
import {
  entityBatchBody,
  entityRefSchema,
  parseInput,
  principalKey,
  ResponseCache,
  selectBatchFields,
} from '@runway/runway-node';
import { z } from 'zod/v3';
import { DeploymentsService } from './service/DeploymentsService';

const entityRef = entityRefSchema();
const windowDays = z.coerce.number().int().min(1).max(90).default(30);
const environment = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

const schemas = {
  overview: z.object({ entityRef, windowDays }),
  history: z.object({ entityRef }),
  batch: entityBatchBody().extend({ windowDays }),
  sync: z.object({ entityRef, environment }),
  rollback: z.object({
    entityRef,
    environment,
    historyId: z.number().int().nonnegative(),
  }),
};

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  service: DeploymentsService;
  /** How long a serialised overview/history answer is reused (default 15 s). */
  responseTtlMs?: number;
}

export async function createRouter({
  httpAuth,
  permissions,
  service,
  responseTtlMs = 15_000,
}: RouterOptions): Promise<express.Router> {
  const router = Router();
  // Warm entity pages are a buffer write; a sync or rollback forgets them.
  const responses = new ResponseCache({ ttlMs: responseTtlMs });
  router.use(express.json({ limit: '512kb' }));

  router.get('/overview', async (req, res) => {
    const q = parseInput(schemas.overview, req.query);
    const credentials = await httpAuth.credentials(req);
    const key = `overview:${principalKey(credentials)}:${q.entityRef}:${
      q.windowDays
    }`;
    await responses.send(req, res, key, () =>
      service.overview(q.entityRef, q.windowDays, credentials),
    );
  });

  router.get('/history', async (req, res) => {
    const q = parseInput(schemas.history, req.query);
    const credentials = await httpAuth.credentials(req);
    const key = `history:${principalKey(credentials)}:${q.entityRef}`;
    await responses.send(req, res, key, () =>
      service.history(q.entityRef, credentials),
    );
  });

  router.post('/batch', async (req, res) => {
    const body = parseInput(schemas.batch, req.body);
    res.json(
      selectBatchFields(
        await service.batch(
          body.entityRefs,
          body.windowDays,
          await httpAuth.credentials(req),
        ),
        body.fields,
      ),
    );
  });

  /** Sync and rollback change a running service: its owners only (deployments.sync). */
  const authorizeSync = async (req: express.Request, ref: string) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [decision] = await permissions.authorize(
      [{ permission: deploymentsSyncPermission, resourceRef: ref }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`You may not sync or roll back ${ref}`);
    }
    return credentials;
  };

  router.post('/sync', async (req, res) => {
    const body = parseInput(schemas.sync, req.body);
    const credentials = await authorizeSync(req, body.entityRef);
    const result = await service.sync(
      body.entityRef,
      body.environment,
      credentials,
    );
    responses.clear();
    res.status(202).json(result);
  });

  router.post('/rollback', async (req, res) => {
    const body = parseInput(schemas.rollback, req.body);
    const credentials = await authorizeSync(req, body.entityRef);
    const result = await service.rollback(
      body.entityRef,
      body.environment,
      body.historyId,
      credentials,
    );
    responses.clear();
    res.status(202).json(result);
  });

  return router;
}
