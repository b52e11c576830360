/**
 * The deterministic demo world every Runway backend's demo source reads.
 *
 * @packageDocumentation
 */

export * from './world';
export * from './memo';
export * from './prepare';
export * from './fromConfig';
export * from './random';
export * from './catalog';
export * from './catalogTesting';
export * from './examples';

/**
 * The catalog files do not depend on time; this fixed date keeps `examples/` stable.
 *
 * @public
 */
export const EXAMPLES_NOW = new Date('2026-01-01T00:00:00Z');
export * from './cost';
export * from './security';
export * from './deployments';
export * from './slo';
export * from './oncall';
export * from './incidents';
export * from './adr';
export * from './kubernetes';
export * from './quality';
export * from './compliance';
export * from './flags';
