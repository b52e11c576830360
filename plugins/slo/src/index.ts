/**
 * The SLO family's frontend: entity tab, entity card, the all-SLOs page, and its API.
 *
 * @packageDocumentation
 */
export { sloPlugin as default } from './plugin';
export { sloApiRef } from './api/SloApi';
export type { SloApi } from './api/SloApi';
export { SloClient } from './api/SloClient';
