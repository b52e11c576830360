/**
 * Common types of the quality family.
 *
 * @packageDocumentation
 */

export * from './types';
