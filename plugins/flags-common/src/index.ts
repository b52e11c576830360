/**
 * Common types of the flags family.
 *
 * @packageDocumentation
 */

export * from './types';
