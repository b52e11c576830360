import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { DataSourceKind } from '@runway/runway-common';
import { FamilyChoice, readFamilyDataSource } from '@runway/runway-node';

/**
 * Quality has no upstream to call: CI posts its reports. `demo` also answers the demo
 * world's reports (computed on read); `live` serves what CI posted; `off` only when asked for.
 */
export function createQualitySource(
  config: Config,
  logger: LoggerService,
): FamilyChoice<{ kind: DataSourceKind }> {
  const mode = readFamilyDataSource(config, 'quality');
  if (mode === 'off') {
    logger.info('quality is off (quality.dataSource: off)');
    return { off: true, keys: ['quality.dataSource: live'] };
  }
  return { off: false, kind: mode };
}
