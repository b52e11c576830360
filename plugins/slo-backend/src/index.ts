/**
 * SLO backend: Sloth specs, error budgets and burn rates from Prometheus or the demo world.
 *
 * @packageDocumentation
 */
export { sloPlugin as default } from './plugin';
// The local-folder UrlReader lives here until @runway/runway-node may depend on
// @backstage/backend-defaults; the on-call and ADR families reuse it from here.
