/**
 * ADR frontend: the "ADRs" entity tab.
 *
 * @packageDocumentation
 */

export { adrPlugin as default } from './plugin';
export { adrApiRef } from './api/AdrApi';
export type { AdrApi } from './api/AdrApi';
export { AdrClient } from './api/AdrClient';
