import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AdrBatchResponse, AdrListResponse } from '@runway/plugin-adr-common';
import { DataSourceKind, SourceInfo } from '@runway/runway-common';
import {
  entityRefSchema,
  entityRefsBody,
  parseInput,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { AdrList, AdrReader } from './adr/AdrReader';

const listQuery = z.object({
  entityRef: entityRefSchema({ defaultKind: 'component' }),
});
const batchBody = entityRefsBody(undefined, { defaultKind: 'component' });

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
  const sourceOf = (lists: AdrList[]): SourceInfo => {
    const stale = lists.filter(l => l.stale);
    return {
      kind,
      name: kind === 'demo' ? 'demo' : 'repository',
      stale: stale.length > 0,
      // The oldest read answered, so a stale record is never dated as fresh.
      fetchedAt:
        lists.map(l => l.fetchedAt).sort()[0] ?? new Date().toISOString(),
      error: stale[0]?.error,
    };
  };

  router.get('/adrs', async (req, res) => {
    const { entityRef: ref } = parseInput(listQuery, req.query);
    const entity = await catalog.getEntityByRef(ref, {
      credentials: await httpAuth.credentials(req),
    });
    if (!entity) throw new NotFoundError(`No entity ${ref}`);
    const list = await adrs.list(entity);
    const { fetchedAt, stale, ...data } = list;
    const body: AdrListResponse = { source: sourceOf([list]), data };
    res.json(body);
  });

  router.post('/batch', async (req, res) => {
    const { entityRefs } = parseInput(batchBody, req.body);
    const { items: entities } = await catalog.getEntitiesByRefs(
      { entityRefs },
      { credentials: await httpAuth.credentials(req) },
    );
    const lists = await Promise.all(
      entityRefs.map((entityRef, i): Promise<AdrList> | AdrList => {
        const entity = entities[i];
        return entity
          ? adrs.list(entity)
          : {
              entityRef,
              adrs: [],
              error: `No entity ${entityRef}`,
              fetchedAt: new Date().toISOString(),
              stale: false,
            };
      }),
    );
    const body: AdrBatchResponse = {
      source: sourceOf(lists),
      data: { items: lists.map(({ fetchedAt, stale, ...item }) => item) },
    };
    res.json(body);
  });

  return router;
}
