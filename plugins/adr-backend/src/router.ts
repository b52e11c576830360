import { HttpAuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AdrListResponse } from '@runway/plugin-adr-common';
import { DataSourceKind } from '@runway/runway-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { AdrReader } from './adr/AdrReader';

const listQuery = z.object({ entityRef: z.string().min(1) });

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
    const query = listQuery.safeParse(req.query);
    if (!query.success)
      throw new InputError(`entityRef: ${query.error.issues[0].message}`);
    let ref: string;
    try {
      ref = stringifyEntityRef(
        parseEntityRef(query.data.entityRef, {
          defaultKind: 'component',
          defaultNamespace: 'default',
        }),
      );
    } catch (e) {
      throw new InputError(`entityRef: ${(e as Error).message}`);
    }
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
