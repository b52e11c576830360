import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AdrListResponse } from '@runway/plugin-adr-common';
import { DataSourceKind } from '@runway/runway-common';
import { entityRefSchema, parseInput } from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { AdrReader } from './adr/AdrReader';

const listQuery = z.object({
  entityRef: entityRefSchema({ defaultKind: 'component' }),
});

export async function createRouter(options: {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  adrs: AdrReader;
  /** demo: the ADRs are the demo world's files; live: the services' repositories. */
  kind: DataSourceKind;
}): Promise<express.Router> {
  const { httpAuth, catalog, adrs, kind } = options;
  const router = Router();
  router.use(express.json());

  router.get('/adrs', async (req, res) => {
    const { entityRef: ref } = parseInput(listQuery, req.query);
    const entity = await catalog.getEntityByRef(ref, {
      credentials: await httpAuth.credentials(req),
    });
    if (!entity) throw new NotFoundError(`No entity ${ref}`);
    const { fetchedAt, stale, error, ...data } = await adrs.list(entity);
    const body: AdrListResponse = {
      source: {
        kind,
        name: kind === 'demo' ? 'demo' : 'repository',
        stale,
        fetchedAt,
        error: stale ? error : undefined,
      },
      data: { ...data, error },
    };
    res.json(body);
  });

  return router;
}
