import { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { COST_BATCH_LIMIT } from '@runway/plugin-cost-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { CostService } from './service/CostService';

const entityRef = z
  .string()
  .min(3)
  .max(512)
  .regex(/^[^:/]+:([^:/]+\/)?[^:/]+$/, 'expected kind:namespace/name');
const entityQuery = z.object({ entityRef });
const teamQuery = z.object({ teamRef: entityRef });
const batchBody = z.object({
  entityRefs: z.array(entityRef).min(1).max(COST_BATCH_LIMIT),
});
const teamsBody = z.object({ teamRefs: z.array(entityRef).min(1).max(100) });

function parse<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  input: unknown,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new InputError(
      parsed.error.issues
        .map(i => `${i.path.join('.')}: ${i.message}`)
        .join('; '),
    );
  return parsed.data;
}

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  costs: CostService;
}): Promise<express.Router> {
  const { httpAuth, costs } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** The entity tab: trend, breakdown, budget and cost per request of one service. */
  router.get('/entity', async (req, res) => {
    const { entityRef: ref } = parse(entityQuery, req.query);
    res.json(await costs.entityCost(ref, await httpAuth.credentials(req)));
  });

  /** Summaries of up to 1000 entities in one call (cards, scorecard). */
  router.post('/batch', async (req, res) => {
    const { entityRefs } = parse(batchBody, req.body);
    res.json(await costs.batch(entityRefs, await httpAuth.credentials(req)));
  });

  /** A team's services ranked by spend, and the untagged share. */
  router.get('/team', async (req, res) => {
    const { teamRef } = parse(teamQuery, req.query);
    const { source, data } = await costs.teamCosts(
      [teamRef],
      await httpAuth.credentials(req),
    );
    res.json({ source, data: data[0] });
  });

  /** Several teams at once (the leadership portfolio). */
  router.post('/teams/batch', async (req, res) => {
    const { teamRefs } = parse(teamsBody, req.body);
    res.json(await costs.teamCosts(teamRefs, await httpAuth.credentials(req)));
  });

  return router;
}
