import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import {
  entityBatchBody,
  entityRefQuery,
  parseInput,
  principalKey,
  ResponseCache,
  selectBatchFields,
} from '@runway/runway-node';
import { SloService } from './service/SloService';

const batchBody = entityBatchBody();

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  slos: SloService;
  /** How long a serialised entity answer is reused (default 15 s). */
  responseTtlMs?: number;
}): Promise<express.Router> {
  const { httpAuth, slos } = options;
  const router = Router();
  // The entity answer carries the burn-down series: serialised once, not per request.
  const responses = new ResponseCache({
    ttlMs: options.responseTtlMs ?? 15_000,
  });
  router.use(express.json({ limit: '1mb' }));

  /** One entity's SLOs with burn-down series: the entity tab and card. */
  router.get('/entity', async (req, res) => {
    const { entityRef: ref } = parseInput(entityRefQuery, req.query);
    const credentials = await httpAuth.credentials(req);
    await responses.send(req, res, `${principalKey(credentials)}:${ref}`, () =>
      slos.forEntity(ref, credentials),
    );
  });

  /** Many entities at once, without series: the scorecard reads this. */
  router.post('/batch', async (req, res) => {
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(
      selectBatchFields(
        await slos.forEntities(
          entityRefs,
          await httpAuth.credentials(req),
          fields,
        ),
        fields,
      ),
    );
  });

  /** Every component that declares an SLO spec: the SLO page. */
  router.get('/all', async (req, res) => {
    res.json(await slos.all(await httpAuth.credentials(req)));
  });

  return router;
}
