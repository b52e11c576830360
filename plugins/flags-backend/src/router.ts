import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  entityBatchBody,
  entityRefQuery,
  entityRefsBody,
  parseInput,
  selectBatchFields,
  teamRefQuery,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { FlagsService } from './service/FlagsService';

const batchBody = entityBatchBody();
const changesBody = entityRefsBody();

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  flags: FlagsService;
}): Promise<express.Router> {
  const { httpAuth, flags } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** The service tab, card and timeline: flags per environment and the latest changes. */
  router.get('/entity', async (req, res) => {
    const { entityRef } = parseInput(entityRefQuery, req.query);
    res.json(await flags.entity(entityRef, await httpAuth.credentials(req)));
  });

  /** Summaries of up to BATCH_LIMIT entities in one call (scorecard: stale flags). */
  router.post('/batch', async (req, res) => {
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(
      selectBatchFields(
        await flags.batch(entityRefs, await httpAuth.credentials(req)),
        fields,
      ),
    );
  });

  /**
   * Flag change times of up to BATCH_LIMIT entities, in the order asked (DORA's change
   * failure rate in the deployments family, for one service or a whole fleet).
   */
  router.post('/changes/batch', async (req, res) => {
    const { entityRefs } = parseInput(changesBody, req.body);
    res.json(await flags.changes(entityRefs, await httpAuth.credentials(req)));
  });

  /** A team's services and their flag summaries. */
  router.get('/team', async (req, res) => {
    const { team } = parseInput(teamRefQuery, req.query);
    res.json(await flags.team(team, await httpAuth.credentials(req)));
  });

  return router;
}
