/**
 * Common types of the compliance family.
 *
 * @packageDocumentation
 */

export * from './types';
