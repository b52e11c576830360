import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import {
  entityRefSchema,
  entityRefsBody,
  parseInput,
} from '@runway/runway-node';
import { z } from 'zod/v3';
import { SloService } from './service/SloService';

const entityQuery = z.object({ entityRef: entityRefSchema() });
const batchBody = entityRefsBody();

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  slos: SloService;
}): Promise<express.Router> {
  const { httpAuth, slos } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** One entity's SLOs with burn-down series: the entity tab and card. */
  router.get('/entity', async (req, res) => {
    const { entityRef: ref } = parseInput(entityQuery, req.query);
    res.json(await slos.forEntity(ref, await httpAuth.credentials(req)));
  });

  /** Many entities at once, without series: the scorecard reads this. */
  router.post('/batch', async (req, res) => {
    const { entityRefs } = parseInput(batchBody, req.body);
    res.json(
      await slos.forEntities(entityRefs, await httpAuth.credentials(req)),
    );
  });

  /** Every component that declares an SLO spec: the SLO page. */
  router.get('/all', async (req, res) => {
    res.json(await slos.all(await httpAuth.credentials(req)));
  });

  return router;
}
