import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { QUALITY_REPORT_FORMATS } from '@runway/plugin-quality-common';
import {
  acceptReportUpload,
  entityBatchBody,
  entityRefQuery,
  entityRefSchema,
  parseInput,
  reportBody,
  selectBatchFields,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { QualityService } from './service/QualityService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auth: AuthService;
  catalog: CatalogService;
  service: QualityService;
  /** Largest accepted report body, in bytes. */
  maxReportBytes: number;
}

const reportQuery = z.object({
  entityRef: entityRefSchema(),
  format: z.enum(QUALITY_REPORT_FORMATS, {
    errorMap: () => ({
      message: `must be one of ${QUALITY_REPORT_FORMATS.join(', ')}`,
    }),
  }),
  artifact: z.string().trim().min(1).max(500).optional(),
  commit: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/i, 'must be a commit sha (7 to 64 hex digits)')
    .optional(),
});
const batchBody = entityBatchBody();

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auth, catalog, service } = options;
  const router = Router();

  router.post(
    '/reports',
    reportBody(options.maxReportBytes),
    async (req, res) => {
      const { query, body, entity } = await acceptReportUpload(req, {
        httpAuth,
        auth,
        catalog,
        query: reportQuery,
        expects: `a ${QUALITY_REPORT_FORMATS.join(' / ')} report`,
      });
      const result = await service.ingest(
        entity,
        query.entityRef,
        query.format,
        body,
        { artifact: query.artifact, commit: query.commit },
      );
      res.status(result.created ? 201 : 200).json(result);
    },
  );

  router.use(express.json({ limit: '1mb' }));

  router.get('/entity', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRef } = parseInput(entityRefQuery, req.query);
    res.json(await service.entity(entityRef));
  });

  router.post('/batch', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(selectBatchFields(await service.summaries(entityRefs), fields));
  });

  return router;
}
