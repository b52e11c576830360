/**
 * Types every Runway family shares.
 *
 * @packageDocumentation
 */

export * from './source';
export * from './dataSourceMode';
export * from './measurement';
