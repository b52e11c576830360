import { LoggerService } from '@backstage/backend-plugin-api';
import { DataSourceKind } from '@runway/runway-common';
import { AdrSettings } from '../config';

/** How ADRs are labelled (`demo` or read from repositories), or that the family is off. */
export type AdrSourceChoice =
  | { off: false; kind: DataSourceKind }
  | { off: true; keys: string[] };

/**
 * Picks the mode from the settings' `adr.dataSource` (default `runway.dataSource`). ADRs are read from
 * each service's repository through the UrlReader in both demo and live mode, so live has
 * no upstream of its own to miss: only an explicit `adr.dataSource: off` turns it off.
 */
export function createAdrSource(
  settings: AdrSettings,
  logger: LoggerService,
): AdrSourceChoice {
  const { mode } = settings;
  if (mode === 'off') {
    logger.info(
      'adr is off (adr.dataSource: off); set adr.dataSource: live or demo to turn it on',
    );
    return { off: true, keys: ['adr.dataSource'] };
  }
  return { off: false, kind: mode };
}
