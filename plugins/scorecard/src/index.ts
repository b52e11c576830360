/**
 * The leadership scorecard frontend.
 *
 * @packageDocumentation
 */
export { scorecardPlugin as default } from './plugin';
export { scorecardApiRef } from './api/ScorecardApi';
export type { ScorecardApi } from './api/ScorecardApi';
export { ScorecardClient } from './api/ScorecardClient';
