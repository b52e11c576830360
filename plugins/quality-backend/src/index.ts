/**
 * Quality per service: coverage, mutation score, static analysis and load tests CI posts.
 *
 * @packageDocumentation
 */
export { qualityPlugin as default } from './plugin';
