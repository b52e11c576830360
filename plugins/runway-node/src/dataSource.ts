import { Config } from '@backstage/config';
import { CustomErrorBase } from '@backstage/errors';
import {
  DataSourceKind,
  DataSourceMode,
  NOT_CONFIGURED_ERROR_NAME,
  notConfiguredMessage,
} from '@runway/runway-common';
import Router from 'express-promise-router';
import express from 'express';

const MODES: DataSourceMode[] = ['demo', 'live', 'off'];

/**
 * Reads `runway.dataSource`, the default for every family. There is no silent fallback: an
 * unknown value stops the backend at start-up rather than serving demo data in production
 * by accident.
 *
 * @public
 */
export function readDataSource(config: Config): DataSourceKind {
  const value = config.getOptionalString('runway.dataSource') ?? 'live';
  if (value !== 'demo' && value !== 'live') {
    throw new Error(
      `runway.dataSource must be 'demo' or 'live', got '${value}'`,
    );
  }
  return value;
}

/**
 * Reads `<family>.dataSource` (`demo` | `live` | `off`), falling back to
 * `runway.dataSource`. `live` here is only what was asked for: the family's
 * `createSource` still turns it into `off` when its upstream is not configured at all
 * (see {@link NotConfiguredError}).
 *
 * @public
 */
export function readFamilyDataSource(
  config: Config,
  family: string,
): DataSourceMode {
  const key = `${family}.dataSource`;
  const value = config.getOptionalString(key);
  if (value === undefined) return readDataSource(config);
  if (!MODES.includes(value as DataSourceMode)) {
    throw new Error(
      `${key} must be one of ${MODES.join(', ')}, got '${value}'`,
    );
  }
  return value as DataSourceMode;
}

/**
 * What a family's routes answer while it is `off`: a typed 503 (`error.name` is
 * `NotConfiguredError`) whose message names the config keys to set.
 *
 * @public
 */
export class NotConfiguredError extends CustomErrorBase {
  name = NOT_CONFIGURED_ERROR_NAME;
  /** Read by Backstage's error handler, which otherwise maps unknown names to 500. */
  readonly statusCode = 503;
  readonly family: string;
  readonly keys: string[];

  constructor(family: string, keys: string[]) {
    super(notConfiguredMessage(family, keys));
    this.family = family;
    this.keys = keys;
  }
}

/**
 * The whole router of a family that is `off`: every route answers the typed 503, so the
 * tab, the card and the scorecard can each say "Not configured" and why.
 *
 * @public
 */
export function notConfiguredRouter(
  family: string,
  keys: string[],
): express.Router {
  const router = Router();
  router.use(() => {
    throw new NotConfiguredError(family, keys);
  });
  return router;
}

/**
 * Reads an optional number that must be above zero (a timeout, a cache lifetime, a window),
 * so a typo such as `timeoutMs: 0` stops start-up with the key named instead of making
 * every upstream call fail at once.
 *
 * @public
 */
export function readPositiveNumber(
  config: Config,
  key: string,
  fallback: number,
): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${key} must be a number above 0, got ${value}`);
  }
  return value;
}

/**
 * Reads an optional `{ name, value }` header (e.g. `prometheus.authHeader`) as a headers
 * object, or undefined when the key is absent.
 *
 * @public
 */
export function readHeader(
  config: Config,
  key: string,
): Record<string, string> | undefined {
  const header = config.getOptionalConfig(key);
  return header
    ? { [header.getString('name')]: header.getString('value') }
    : undefined;
}
