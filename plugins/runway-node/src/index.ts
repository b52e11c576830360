/**
 * Upstream helpers shared by Runway's backend plugins.
 *
 * @packageDocumentation
 */

export * from './dataSource';
export * from './fetchJson';
export * from './StaleCache';
