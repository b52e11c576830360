import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  entityBatchBody,
  entityRefList,
  entityRefQuery,
  entityRefSchema,
  parseInput,
  principalKey,
  ResponseCache,
  selectBatchFields,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { CostService } from './service/CostService';

/** A team portfolio is ranked on one page: 100 teams bound the work of one request. */
const TEAMS_LIMIT = 100;

// A bare team name is a group, as in the service's own reading of team refs.
const teamRefSchema = entityRefSchema({ defaultKind: 'group' });
const teamQuery = z.object({ teamRef: teamRefSchema });
const batchBody = entityBatchBody();
const teamsBody = z.object({
  teamRefs: entityRefList(TEAMS_LIMIT, { defaultKind: 'group' }),
});

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  costs: CostService;
  /** How long a serialised entity answer is reused (default 15 s). */
  responseTtlMs?: number;
}): Promise<express.Router> {
  const { httpAuth, costs } = options;
  const router = Router();
  // Keyed by caller: what cost data one may read depends on who asks.
  const responses = new ResponseCache({
    ttlMs: options.responseTtlMs ?? 15_000,
  });
  router.use(express.json({ limit: '1mb' }));

  /** The entity tab: trend, breakdown, budget and cost per request of one service. */
  router.get('/entity', async (req, res) => {
    const { entityRef: ref } = parseInput(entityRefQuery, req.query);
    const credentials = await httpAuth.credentials(req);
    await responses.send(req, res, `${principalKey(credentials)}:${ref}`, () =>
      costs.entityCost(ref, credentials),
    );
  });

  /** Summaries of up to 1000 entities in one call (cards, scorecard). */
  router.post('/batch', async (req, res) => {
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(
      selectBatchFields(
        await costs.batch(entityRefs, await httpAuth.credentials(req)),
        fields,
      ),
    );
  });

  /** A team's services ranked by spend, and the untagged share. */
  router.get('/team', async (req, res) => {
    const { teamRef } = parseInput(teamQuery, req.query);
    const { source, data } = await costs.teamCosts(
      [teamRef],
      await httpAuth.credentials(req),
    );
    res.json({ source, data: data.items[0] });
  });

  /** Several teams at once (the leadership portfolio). */
  router.post('/teams/batch', async (req, res) => {
    const { teamRefs } = parseInput(teamsBody, req.body);
    res.json(await costs.teamCosts(teamRefs, await httpAuth.credentials(req)));
  });

  return router;
}
