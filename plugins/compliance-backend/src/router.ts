import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  entityBatchBody,
  entityRefQuery,
  parseInput,
  selectBatchFields,
  teamRefQuery,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { ComplianceService } from './service/ComplianceService';

const batchBody = entityBatchBody();

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  compliance: ComplianceService;
}): Promise<express.Router> {
  const { httpAuth, compliance } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** The service tab and card: score, failing controls, backup RPO and restore test, per source. */
  router.get('/entity', async (req, res) => {
    const { entityRef } = parseInput(entityRefQuery, req.query);
    res.json(
      await compliance.entity(entityRef, await httpAuth.credentials(req)),
    );
  });

  /** Summaries of up to BATCH_LIMIT entities in one call (scorecard, readout). */
  router.post('/batch', async (req, res) => {
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(
      selectBatchFields(
        await compliance.batch(entityRefs, await httpAuth.credentials(req)),
        fields,
      ),
    );
  });

  /** A team's services, weakest first, with the team's score and breaches. */
  router.get('/team', async (req, res) => {
    const { team } = parseInput(teamRefQuery, req.query);
    res.json(await compliance.team(team, await httpAuth.credentials(req)));
  });

  return router;
}
