/**
 * Flags backend: Unleash projects, flags per environment, rollouts and changes per service.
 *
 * @packageDocumentation
 */
export { flagsPlugin as default } from './plugin';
