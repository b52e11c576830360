import {
  HttpRouterService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { notConfiguredRouter } from './dataSource';
import { withUpstreamFamily } from './metrics/upstreamMetrics';

/**
 * What a family's `sources/createSource.ts` chose: what runs when it is on, or the config
 * keys that would turn it on.
 *
 * @public
 */
export type FamilyChoice<T> =
  | ({ off: false } & T)
  | { off: true; keys: string[] };

/** @public */
export interface ServeFamilyOptions<T> {
  family: string;
  httpRouter: HttpRouterService;
  logger: LoggerService;
  choice: FamilyChoice<T>;
  /** Builds the family's router (and schedules its tasks); called only when it is on. */
  serve: (on: T) => Promise<express.Router>;
}

/**
 * The one place a family's plugin turns its source choice into routes: off answers the
 * typed 503 on every route and schedules nothing; on mounts what `serve` builds and logs
 * that the family started. What `serve` sets up and every request it answers run with the
 * family as the default label of their upstream calls.
 *
 * @public
 */
export async function serveFamily<T>(
  options: ServeFamilyOptions<T>,
): Promise<void> {
  const { family, httpRouter, logger, choice } = options;
  if (choice.off) {
    httpRouter.use(notConfiguredRouter(family, choice.keys));
    return;
  }
  const router = await withUpstreamFamily(family, () => options.serve(choice));
  httpRouter.use((req, res, next) =>
    withUpstreamFamily(family, () => router(req, res, next)),
  );
  logger.info(`${family} started`);
}
