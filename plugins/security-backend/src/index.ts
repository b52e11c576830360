/**
 * Security findings per service: AWS scanners, CI reports, severity gates.
 *
 * @packageDocumentation
 */
export { securityPlugin as default } from './plugin';
