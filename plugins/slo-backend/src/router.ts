import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { entityRefSchema, parseInput } from '@runway/runway-node';
import { z } from 'zod/v3';
import { SloService } from './service/SloService';

const entityRef = entityRefSchema;
const entityQuery = z.object({ entityRef });
const batchBody = z.object({ entityRefs: z.array(entityRef).min(1).max(1000) });

const parse = parseInput;

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  slos: SloService;
}): Promise<express.Router> {
  const { httpAuth, slos } = options;
  const router = Router();
  router.use(express.json({ limit: '1mb' }));

  /** One entity's SLOs with burn-down series: the entity tab and card. */
  router.get('/entity', async (req, res) => {
    const { entityRef: ref } = parse(entityQuery, req.query);
    res.json(await slos.forEntity(ref, await httpAuth.credentials(req)));
  });

  /** Many entities at once, without series: the scorecard reads this. */
  router.post('/batch', async (req, res) => {
    const { entityRefs } = parse(batchBody, req.body);
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
