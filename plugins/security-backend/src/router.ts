import {
  AuthService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { securitySuppressPermission } from '@runway/plugin-security-common';
import {
  acceptReportUpload,
  entityBatchBody,
  entityRefQuery,
  parseInput,
  reportBody,
  ResponseCache,
  selectBatchFields,
} from '@runway/runway-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod/v3';
import { ReportIngester } from './ingest/ReportIngester';
import { FindingStore } from './service/FindingStore';
import { SecurityService } from './service/SecurityService';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: FindingStore;
  service: SecurityService;
  ingester: ReportIngester;
  /** Largest accepted report body, in bytes. */
  maxReportBytes: number;
  /** How long a serialised entity answer is reused (default 15 s). */
  responseTtlMs?: number;
}

const batchBody = entityBatchBody();
const findingParams = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/, 'not a finding id'),
});
const suppressSchema = z.object({
  reason: z.string().trim().min(3).max(500),
  expiresAt: z.string().datetime({ offset: true }),
});

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, auth, permissions, catalog, store, service, ingester } =
    options;
  const router = Router();
  // The entity answer reads no caller-specific data; any write to the store (a refresh, a
  // report, a suppression) moves its version on, so a cached answer never outlives it.
  const responses = new ResponseCache({
    ttlMs: options.responseTtlMs ?? 15_000,
  });

  router.post(
    '/reports',
    reportBody(options.maxReportBytes),
    async (req, res) => {
      const { query, body } = await acceptReportUpload(req, {
        httpAuth,
        auth,
        catalog,
        query: entityRefQuery,
        expects: 'a Trivy JSON, SARIF 2.1.0 or ZAP JSON report',
      });
      const result = await ingester.ingest(query.entityRef, body, {
        scanner: req.query.scanner,
        artifact: req.query.artifact,
        format: req.query.format,
      });
      res.status(result.created ? 201 : 200).json(result);
    },
  );

  router.use(express.json({ limit: '1mb' }));

  router.get('/entity', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRef } = parseInput(entityRefQuery, req.query);
    await responses.send(req, res, `${store.version}:${entityRef}`, () =>
      service.entity(entityRef),
    );
  });

  router.post('/batch', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    const { entityRefs, fields } = parseInput(batchBody, req.body);
    res.json(selectBatchFields(await service.summaries(entityRefs), fields));
  });

  router.get('/overview', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await service.summaries());
  });

  const authorizeSuppress = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { id } = parseInput(findingParams, req.params);
    const finding = await store.finding(id);
    if (!finding) throw new NotFoundError(`No finding ${id}`);
    const [decision] = await permissions.authorize(
      [
        {
          permission: securitySuppressPermission,
          resourceRef: finding.entityRef,
        },
      ],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Only the owners of ${finding.entityRef} may suppress its findings`,
      );
    }
    return { finding, by: credentials.principal.userEntityRef };
  };

  router.put('/findings/:id/suppression', async (req, res) => {
    const { reason, expiresAt } = parseInput(suppressSchema, req.body);
    const expires = new Date(expiresAt);
    const now = Date.now();
    if (
      expires.getTime() <= now ||
      expires.getTime() > now + 366 * 86_400_000
    ) {
      throw new InputError('expiresAt must be in the future and within a year');
    }
    const { finding, by } = await authorizeSuppress(req);
    await store.setSuppression(finding.id, {
      reason,
      expiresAt: expires.toISOString(),
      by,
    });
    res.status(204).end();
  });

  router.delete('/findings/:id/suppression', async (req, res) => {
    const { finding } = await authorizeSuppress(req);
    await store.setSuppression(finding.id, undefined);
    res.status(204).end();
  });

  return router;
}
