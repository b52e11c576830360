import { Config } from '@backstage/config';
import { DataSourceMode } from '@runway/runway-common';
import { readFamilyDataSource } from '@runway/runway-node';

/** Everything the adr family reads from config. */
export interface AdrSettings {
  /** `adr.dataSource`, else `runway.dataSource`. */
  mode: DataSourceMode;
}

/** Reads `adr.*` once, at start-up. */
export function readAdrConfig(config: Config): AdrSettings {
  return { mode: readFamilyDataSource(config, 'adr') };
}
