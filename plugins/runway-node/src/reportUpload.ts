import {
  AuthService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import express from 'express';
import { z } from 'zod/v3';
import { parseInput } from './routeInput';

/** Default largest report body CI may post to a family's ingest, in bytes. @public */
export const DEFAULT_REPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The body parser of a report ingest route. Reports are read raw: the family parses them
 * itself for clear errors, and the limit answers 413 before a large body is buffered.
 *
 * @public
 */
export function reportBody(maxBytes: number): express.RequestHandler {
  return express.raw({ type: () => true, limit: maxBytes });
}

/** @public */
export interface ReportUploadOptions<Q extends { entityRef: string }> {
  httpAuth: HttpAuthService;
  auth: AuthService;
  catalog: {
    getEntityByRef(
      entityRef: string,
      options: { credentials: BackstageCredentials },
    ): Promise<Entity | undefined>;
  };
  /** The route's query, `entityRef` included (use `entityRefSchema`). */
  query: z.ZodType<Q, z.ZodTypeDef, unknown>;
  /** What to post, for the empty-body 400: `a Trivy JSON or SARIF 2.1.0 report`. */
  expects: string;
}

/**
 * Everything every report ingest checks before parsing, in the same order, so the
 * security and quality ingests answer alike: a service principal only (the generated CI's
 * static token: a report replaces what its tool said before, so a signed-in user could
 * otherwise overwrite another team's figures), a valid query (400), a body (400), an
 * entity the catalog knows (404).
 *
 * @public
 */
export async function acceptReportUpload<Q extends { entityRef: string }>(
  req: express.Request,
  options: ReportUploadOptions<Q>,
): Promise<{ query: Q; body: Buffer; entity: Entity }> {
  await options.httpAuth.credentials(req, { allow: ['service'] });
  const query = parseInput(options.query, req.query);
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
    throw new InputError(`Empty body: post ${options.expects}`);
  }
  const entity = await options.catalog.getEntityByRef(query.entityRef, {
    credentials: await options.auth.getOwnServiceCredentials(),
  });
  if (!entity) throw new NotFoundError(`No catalog entity ${query.entityRef}`);
  return { query, body: req.body, entity };
}
