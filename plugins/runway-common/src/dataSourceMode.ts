/**
 * How one family gets its data: the embedded demo world, its real upstream, or not at all.
 * `runway.dataSource` is the default for every family; `<family>.dataSource` overrides it,
 * so a team adopts Runway one family at a time.
 *
 * @public
 */
export type DataSourceMode = 'demo' | 'live' | 'off';

/**
 * The `error.name` of the 503 a family answers when it is `off`: live mode without its
 * upstream configured. The message names the config keys to set; the UI shows it grey as
 * "Not configured" and the scorecard leaves the family's columns out.
 *
 * @public
 */
export const NOT_CONFIGURED_ERROR_NAME = 'NotConfiguredError';

/**
 * Why a family is off, as its routes and its start-up log say it.
 *
 * @public
 */
export interface NotConfiguredInfo {
  family: string;
  /** Config keys that would turn the family on, e.g. `cost.aws.accountId`. */
  keys: string[];
  message: string;
}

/** @public */
export function notConfiguredMessage(family: string, keys: string[]): string {
  return `${family} is not configured: live mode needs ${keys.join(
    ', ',
  )} (or set ${family}.dataSource: demo)`;
}
