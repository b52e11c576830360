import { Config } from '@backstage/config';
import { DataSourceKind } from '@runway/runway-common';

/**
 * Reads `runway.dataSource`. There is no silent fallback: an unknown value stops the
 * backend at start-up rather than serving demo data in production by accident.
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
