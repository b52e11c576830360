/**
 * On-call frontend: the On-call page, the alert page and the Runbooks entity tab.
 *
 * @packageDocumentation
 */

export { oncallPlugin as default } from './plugin';
export { oncallApiRef } from './api/OncallApi';
export type { OncallApi } from './api/OncallApi';
export { OncallClient } from './api/OncallClient';
