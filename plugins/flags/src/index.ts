/**
 * The flags family's frontend: service tab, overview card, team tab, and its API.
 *
 * @packageDocumentation
 */
export { flagsPlugin as default } from './plugin';
export { flagsApiRef } from './api/FlagsApi';
export type { FlagsApi } from './api/FlagsApi';
export { FlagsClient } from './api/FlagsClient';
