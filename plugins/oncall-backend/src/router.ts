import { HttpAuthService } from '@backstage/backend-plugin-api';
import {
  entityRefSchema,
  entityRefsBody,
  NotConfiguredError,
  parseInput,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { IncidentService } from './service/IncidentService';
import { OncallService } from './service/OncallService';
import { INCIDENT_KEYS } from './sources/createIncidentSource';

// A bare name is a component, except for owners: `?owner=team-payments` means the group.
const entityRef = entityRefSchema({ defaultKind: 'component' });
const ownerRef = entityRefSchema({ defaultKind: 'group' });
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
const batchBody = entityRefsBody(undefined, { defaultKind: 'component' });

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  oncall: OncallService;
  /** Absent when neither demo mode nor a PagerDuty token is configured. */
  incidents?: IncidentService;
}): Promise<express.Router> {
  const { httpAuth, oncall } = options;
  const incidents = () => {
    if (!options.incidents)
      throw new NotConfiguredError('oncall incidents', INCIDENT_KEYS);
    return options.incidents;
  };
  const router = Router();
  router.use(express.json());

  router.get('/alerts', async (req, res) => {
    const query = parseInput(listQuery, req.query);
    const credentials = await httpAuth.credentials(req);
    res.json(
      await oncall.listAlerts(credentials, {
        entityRefs: query.entityRef,
        owners: query.owner,
      }),
    );
  });

  router.get('/alerts/:id', async (req, res) => {
    const { id } = parseInput(idParams, req.params);
    res.json(await oncall.getAlert(await httpAuth.credentials(req), id));
  });

  router.get('/runbooks', async (req, res) => {
    const query = parseInput(runbooksQuery, req.query);
    res.json(
      await oncall.listRunbooks(
        await httpAuth.credentials(req),
        query.entityRef,
      ),
    );
  });

  router.post('/runbooks/batch', async (req, res) => {
    const { entityRefs } = parseInput(batchBody, req.body);
    res.json(
      await oncall.runbooksBatch(await httpAuth.credentials(req), entityRefs),
    );
  });

  router.get('/incidents', async (req, res) => {
    const query = parseInput(runbooksQuery, req.query);
    res.json(
      await incidents().forEntity(
        await httpAuth.credentials(req),
        query.entityRef,
      ),
    );
  });

  // One list for many entities: deployments-backend's DORA asks once per batch.
  router.post('/incidents/batch', async (req, res) => {
    const body = parseInput(batchBody, req.body);
    await httpAuth.credentials(req);
    res.json(await incidents().batch(body.entityRefs));
  });

  router.post('/batch', async (req, res) => {
    const body = parseInput(batchBody, req.body);
    res.json(
      await oncall.batch(await httpAuth.credentials(req), body.entityRefs),
    );
  });

  return router;
}
