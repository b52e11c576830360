/**
 * The leadership scorecard backend.
 *
 * @packageDocumentation
 */
export { scorecardPlugin as default } from './plugin';
export * from '@runway/plugin-scorecard-common';
